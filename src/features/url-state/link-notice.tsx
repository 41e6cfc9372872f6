import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** `key=value` pieces of the opening link that were not understood (see `ignoredParams`). */
  ignored: string[];
  /** The operation a link selects, when it is not in the data. */
  missingOp: string | null;
  /** The gazetteer place a link's radius (`near=`) names, when the gazetteer does not have it. */
  missingPlace?: string | null;
}

const SHOWN = 6;

/**
 * Tells the person what of their link was ignored (never fatal: the rest of the view opens). Dismissible; the
 * link parts are shown as written, left to right.
 */
export function LinkNotice({ ignored, missingOp, missingPlace = null }: Props) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const key = `${ignored.join('&')}|${missingOp ?? ''}|${missingPlace ?? ''}`;
  if ((!ignored.length && !missingOp && !missingPlace) || dismissed === key) return null;
  const shown = ignored.slice(0, SHOWN);
  return (
    <div className="link-notice" role="status" data-testid="link-notice">
      <div>
        {ignored.length > 0 && (
          <p>
            {t('link.ignored', { count: ignored.length })}{' '}
            {shown.map((part, i) => (
              <span key={part}>
                {i > 0 && ' '}
                <code dir="ltr">{part.length > 60 ? `${part.slice(0, 60)}…` : part}</code>
              </span>
            ))}
            {ignored.length > SHOWN && ` ${t('link.more', { count: ignored.length - SHOWN })}`}
          </p>
        )}
        {missingOp && (
          <p>
            {t('link.missingOp')} <code dir="ltr">{missingOp}</code>
          </p>
        )}
        {missingPlace && (
          <p data-testid="near-missing">
            {t('spatial.missingPlace')} <code dir="ltr">{missingPlace}</code>
          </p>
        )}
      </div>
      <button type="button" className="icon-button" aria-label={t('link.dismiss')} onClick={() => setDismissed(key)}>
        ×
      </button>
    </div>
  );
}
