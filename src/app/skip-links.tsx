import { useTranslation } from 'react-i18next';

interface Props {
  /** Show that part first on phones, where one part shows at a time. */
  onMap: () => void;
  onList: () => void;
  onFilters: () => void;
}

/** Where each skip link puts the keyboard focus: the first of these that exists. */
const TARGETS = {
  map: ['.maplibregl-canvas'],
  list: ['.side-list button.op-row', '.side-list [data-testid="sort-date"]'],
  filters: ['.side input[type="search"]', '.side-filters summary'],
};

/** The first Tab stop of the page: links straight to the map, the list and the filters (visible on focus). */
export function SkipLinks({ onMap, onList, onFilters }: Props) {
  const { t } = useTranslation();
  const go = (part: keyof typeof TARGETS, show: () => void) => () => {
    show();
    // After the phone tab has switched and the part is rendered.
    requestAnimationFrame(() =>
      TARGETS[part]
        .map((selector) => document.querySelector<HTMLElement>(selector))
        .find(Boolean)
        ?.focus(),
    );
  };
  return (
    <nav className="skip-links" aria-label={t('app.skip.label')}>
      <button type="button" data-testid="skip-map" onClick={go('map', onMap)}>
        {t('app.skip.map')}
      </button>
      <button type="button" data-testid="skip-list" onClick={go('list', onList)}>
        {t('app.skip.list')}
      </button>
      <button type="button" data-testid="skip-filters" onClick={go('filters', onFilters)}>
        {t('app.skip.filters')}
      </button>
    </nav>
  );
}
