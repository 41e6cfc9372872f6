import { useTranslation } from 'react-i18next';
import type { ParsedDataset } from '../../domain/dataset';
import type { DatasetFailure } from '../../domain/dataset-issues';
import { formatNumber, type UiLang } from '../../domain/format';
import { FileProblemText, IssueText, Raw, useRichText } from './issue-text';
import './dataset-banner.css';

interface Props {
  dataset: ParsedDataset | null;
  /** A dataset file that could not be used at all (empty, binary, not UTF-8, not a FeatureCollection, …). */
  failure: DatasetFailure | null;
  lang: UiLang;
  onReset: () => void;
}

const SHOWN_ERRORS = 200;
const SHOWN_ISSUES = 4;

/** Which dataset is being explored, how many rows were valid, and every refused row with its line and issues. */
export function DatasetBanner({ dataset, failure, lang, onReset }: Props) {
  const { t } = useTranslation();
  const rich = useRichText();
  if (!dataset && !failure) return null;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <section className={`dataset-banner${failure ? ' failed' : ''}`} data-testid="dataset-banner" role="status">
      {failure ? (
        <span role="alert" data-testid="dataset-failure" data-code={failure.problem.code}>
          {rich('datasets.failed', {}, { reason: <FileProblemText {...failure} lang={lang} /> })}
        </span>
      ) : (
        <span>
          {rich('datasets.loaded', { valid: n(dataset!.operations.length) }, { name: <Raw text={dataset!.name} /> })}
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
              <li key={`${e.row}-${e.line}`} data-testid="dataset-error" data-line={e.line} data-row={e.row}>
                <span className="ds-where">
                  {t(`datasets.where.${dataset.format}`, { line: n(e.line), row: n(e.row) })}
                </span>{' '}
                {e.issues.slice(0, SHOWN_ISSUES).map((issue, k) => (
                  <span key={k} data-code={issue.code}>
                    {k > 0 && t('datasets.sep')}
                    <IssueText issue={issue} lang={lang} />
                  </span>
                ))}
                {e.issues.length > SHOWN_ISSUES &&
                  ` ${t('datasets.more', { formatted: n(e.issues.length - SHOWN_ISSUES) })}`}
              </li>
            ))}
          </ol>
          {dataset.errors.length > SHOWN_ERRORS && (
            <p>{t('datasets.more', { formatted: n(dataset.errors.length - SHOWN_ERRORS) })}</p>
          )}
        </details>
      )}
      <button type="button" className="link-button" onClick={onReset} data-testid="dataset-reset">
        {t('datasets.reset')}
      </button>
    </section>
  );
}
