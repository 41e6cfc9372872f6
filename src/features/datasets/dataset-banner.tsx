import { useTranslation } from 'react-i18next';
import type { ParsedDataset } from '../../domain/dataset';
import { formatNumber, type UiLang } from '../../domain/format';

interface Props {
  dataset: ParsedDataset | null;
  /** A dataset file that could not be used at all (empty, binary, not a FeatureCollection, missing columns). */
  failure: string | null;
  lang: UiLang;
  onReset: () => void;
}

const SHOWN_ERRORS = 200;

/** Which dataset is being explored, how many rows were valid, and every invalid row with its line and reason. */
export function DatasetBanner({ dataset, failure, lang, onReset }: Props) {
  const { t } = useTranslation();
  if (!dataset && !failure) return null;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <section className={`dataset-banner${failure ? ' failed' : ''}`} data-testid="dataset-banner" role="status">
      {failure ? (
        <span role="alert">{t('datasets.failed', { reason: failure })}</span>
      ) : (
        <span>
          {t('datasets.loaded', { name: dataset!.name, valid: n(dataset!.operations.length) })}
          {dataset!.synthetic && <strong className="badge synthetic">{t('datasets.synthetic')}</strong>}
        </span>
      )}
      {dataset && dataset.errors.length > 0 && (
        <details className="dataset-errors" data-testid="dataset-errors">
          <summary>
            {t('datasets.invalid', { count: dataset.errors.length, formatted: n(dataset.errors.length) })}
          </summary>
          <ol>
            {dataset.errors.slice(0, SHOWN_ERRORS).map((e) => (
              <li key={`${e.row}-${e.line}`} dir="ltr">
                {`line ${e.line} (row ${e.row}): ${e.reason}`}
              </li>
            ))}
          </ol>
          {dataset.errors.length > SHOWN_ERRORS && (
            <p>{t('datasets.more', { count: dataset.errors.length - SHOWN_ERRORS })}</p>
          )}
        </details>
      )}
      <button type="button" className="link-button" onClick={onReset} data-testid="dataset-reset">
        {t('datasets.reset')}
      </button>
    </section>
  );
}
