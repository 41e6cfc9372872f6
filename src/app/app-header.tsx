import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OpCount } from '../features/operations/op-count';

interface Props {
  count: number | null;
  chartsOpen: boolean;
  onCharts: () => void;
  children: ReactNode;
}

/** Title, the live count, and the tools (passed in as children by the layout). */
export function AppHeader({ count, chartsOpen, onCharts, children }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      {count !== null && <OpCount count={count} />}
      <div className="header-tools">
        {children}
        <button
          type="button"
          className="tool-button"
          aria-expanded={chartsOpen}
          data-testid="charts-toggle"
          onClick={onCharts}
        >
          {t('charts.toggle')}
        </button>
      </div>
    </header>
  );
}
