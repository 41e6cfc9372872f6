import { useTranslation } from 'react-i18next';
import { LangSwitch } from '../features/language/lang-switch';
import { useLanguage } from '../features/language/use-language';
import { DataError } from '../features/operations/data-error';
import { OpCount } from '../features/operations/op-count';
import { OperationList } from '../features/operations/operation-list';
import { useAtlasData } from '../features/operations/use-atlas-data';
import { useUrlState } from '../features/url-state/use-url-state';

/** The page: header, operations panel and the main view, all derived from the URL state. */
export function Layout() {
  const { t } = useTranslation();
  const [view, setView] = useUrlState();
  const lang = useLanguage(view.lang);
  const data = useAtlasData();
  const operations = data.operations ?? [];

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
      <main className="app-main">
        {data.error ? (
          <DataError error={data.error} onRetry={() => void data.retry()} />
        ) : data.loading ? (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        ) : (
          <aside className="panel panel-list" aria-label={t('list.heading')}>
            <h2>{t('list.heading')}</h2>
            <OperationList operations={operations} selected={view.op} onSelect={(id) => setView({ op: id }, 'push')} />
          </aside>
        )}
      </main>
    </div>
  );
}
