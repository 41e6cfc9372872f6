import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationFeature } from '../domain/operation-schema';
import { LangSwitch } from '../features/language/lang-switch';
import { useLanguage } from '../features/language/use-language';
import { DataError } from '../features/operations/data-error';
import { OpCount } from '../features/operations/op-count';
import { OperationDetails } from '../features/operations/operation-details';
import { OperationList } from '../features/operations/operation-list';
import { useAtlasData } from '../features/operations/use-atlas-data';
import { useUrlState } from '../features/url-state/use-url-state';
import { MapArea } from './map-area';

const NONE: OperationFeature[] = [];

/** The page: header, operations list, map and details, all derived from the URL state. */
export function Layout() {
  const { t } = useTranslation();
  const [view, setView] = useUrlState();
  const lang = useLanguage(view.lang);
  const data = useAtlasData();
  const operations = data.operations ?? NONE;
  const selected = operations.find((o) => o.id === view.op) ?? null;
  const select = useCallback((id: string) => setView({ op: id }, 'push'), [setView]);
  const close = useCallback(() => setView({ op: null }, 'push'), [setView]);

  return (
    <div className="app" dir={lang === 'ar' ? 'rtl' : 'ltr'} data-testid="app-root">
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        {data.operations && <OpCount count={operations.length} />}
        <LangSwitch onSwitch={(l) => setView({ lang: l }, 'push')} />
      </header>
      {data.error ? (
        <main className="app-main app-main-message">
          <DataError error={data.error} onRetry={() => void data.retry()} />
        </main>
      ) : (
        <main className={`app-main${selected && data.meta ? ' with-details' : ''}`}>
          <aside className="panel panel-list" aria-label={t('list.heading')}>
            <h2>{t('list.heading')}</h2>
            {data.operations ? (
              <OperationList operations={operations} selected={view.op} onSelect={select} />
            ) : (
              <p className="loading" role="status">
                {t('app.loading')}
              </p>
            )}
          </aside>
          <MapArea meta={data.meta} operations={operations} view={view} lang={lang} setView={setView} onSelect={select} />
          {selected && data.meta && (
            <aside className="panel panel-details">
              <OperationDetails operation={selected} meta={data.meta} onClose={close} />
            </aside>
          )}
        </main>
      )}
    </div>
  );
}
