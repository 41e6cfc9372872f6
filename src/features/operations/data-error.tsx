import { useTranslation } from 'react-i18next';
import { DataLoadError } from './queries';

/** A clear, bilingual failure state with the technical detail and a retry button; never a blank page. */
interface Props {
  error: Error;
  onRetry: () => void;
  /** Offered when another dataset (`data=`) failed: go back to the atlas's own data. */
  onUseAtlasData?: () => void;
}

export function DataError({ error, onRetry, onUseAtlasData }: Props) {
  const { t } = useTranslation();
  const detail = error instanceof DataLoadError ? `${error.file}: ${error.detail}` : error.message;
  return (
    <section className="data-error" role="alert" data-testid="data-error">
      <h2>{t('error.title')}</h2>
      <p>{t('error.body')}</p>
      <details>
        <summary>{t('error.detail')}</summary>
        <code dir="ltr">{detail}</code>
      </details>
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
