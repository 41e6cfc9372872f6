import { useTranslation } from 'react-i18next';

export type Tab = 'map' | 'filters' | 'list' | 'timeline' | 'charts';
const TABS: Tab[] = ['map', 'filters', 'list', 'timeline', 'charts'];

/** Phone navigation (≤ 600 px): one region at a time, map first; hidden on larger screens by CSS. */
export function PhoneTabs({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="phone-tabs" aria-label={t('tabs.label')} data-testid="phone-tabs">
      {TABS.map((id) => (
        <button key={id} type="button" aria-pressed={tab === id} data-tab={id} onClick={() => onTab(id)}>
          {t(`tabs.${id}`)}
        </button>
      ))}
    </nav>
  );
}
