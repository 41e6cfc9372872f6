import { useTranslation } from 'react-i18next';
import { formatNumber, type UiLang } from '../../domain/format';

/** The number of operations matching the view, with Arabic plural forms; `data-count` is plain ASCII for tests. */
export function OpCount({ count }: { count: number }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="op-count" data-testid="op-count" data-count={count} aria-live="polite">
      {t('count.operations', { count, formatted: formatNumber(count, i18n.language as UiLang) })}
    </p>
  );
}
