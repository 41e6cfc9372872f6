import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLang } from '../../domain/format';
import { DataLoadError } from './queries';

// The issue texts load only when a `data=` dataset was refused (not in the start bundle).
const RefusedReason = lazy(() => import('./refused-reason'));

/**
 * A clear, bilingual failure state and a retry button; never a blank page. A refused `data=` dataset says why in
 * the UI language, through the file banner's translations (features/datasets/issue-text.tsx); any other failure
 * shows its technical detail.
 */
interface Props {
  error: Error;
  onRetry: () => void;
  /** Offered when another dataset (`data=`) failed: go back to the atlas's own data. */
  onUseAtlasData?: () => void;
}

export function DataError({ error, onRetry, onUseAtlasData }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  const refused = error instanceof DataLoadError && error.problem ? { file: error.file, problem: error.problem } : null;
  const detail = error instanceof DataLoadError ? `${error.file}: ${error.detail}` : error.message;
  return (
    <section className="data-error" role="alert" data-testid="data-error">
      <h2>{t('error.title')}</h2>
      {refused ? (
        <p data-testid="data-error-reason" data-code={refused.problem.code}>
          <Suspense fallback={refused.problem.code}>
            <RefusedReason {...refused} lang={lang} />
          </Suspense>
        </p>
      ) : (
        <>
          <p>{t('error.body')}</p>
          <details>
            <summary>{t('error.detail')}</summary>
            <code dir="ltr">{detail}</code>
          </details>
        </>
      )}
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
      {onUseAtlasData && (
        <button type="button" className="secondary" data-testid="use-atlas-data" onClick={onUseAtlasData}>
          {t('datasets.reset')}
        </button>
      )}
    </section>
  );
}
