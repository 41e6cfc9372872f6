import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { facetCounts, toggle, type FilteredViewProps } from '../../domain/filters';
import type { FacetKey } from '../../domain/filter-state';
import type { Label } from '../../domain/meta-schema';
import { FilterGroup } from './filter-group';
import { SearchBox } from './search-box';

type Props = FilteredViewProps & {
  /** Passed to the search box: frame the matching operations on the map. */
  onZoomToResults?: () => void;
  /** How many operations match the current filters (the zoom action hides at 0). */
  resultCount?: number;
  /** Counts computed elsewhere (a tiled dataset's worker): every value with a count, instead of `operations`. */
  facets?: Record<FacetKey, Record<string, number>>;
};

type ListKey = Exclude<FacetKey, 'years'>;

/** Search plus one multi-select group per dimension, each option with its live count. */
export function FilterPanel(props: Props) {
  const { operations, meta, filters, lang, onChange, onZoomToResults, resultCount, facets } = props;
  const { t } = useTranslation();
  const tax = meta.taxonomy;
  const groups: { key: ListKey; labels: Record<string, Label> }[] = [
    { key: 'actors', labels: tax.actors },
    { key: 'types', labels: tax.types },
    { key: 'targets', labels: tax.targets },
    { key: 'gov', labels: meta.governorates },
    { key: 'prec', labels: tax.location_precisions },
    { key: 'conf', labels: tax.confidence },
  ];
  // Which values occur at all: computed once per dataset, not on every filter change.
  const present = useMemo(() => {
    const sets = Object.fromEntries(groups.map((g) => [g.key, new Set<string>()])) as Record<ListKey, Set<string>>;
    for (const o of operations) {
      const p = o.properties;
      p.actors.forEach((a) => sets.actors.add(a));
      sets.types.add(p.type);
      p.secondary_types.forEach((t) => sets.types.add(t));
      if (p.target) sets.targets.add(p.target);
      sets.gov.add(p.governorate);
      sets.prec.add(p.location_precision);
      sets.conf.add(p.confidence);
    }
    return sets;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the group keys are constant
  }, [operations]);

  return (
    <section className="filter-panel" aria-label={t('filters.title')} data-testid="filters">
      <SearchBox
        value={filters.q}
        onChange={(q) => onChange({ q }, 'replace')}
        onZoomToResults={onZoomToResults}
        resultCount={resultCount}
      />
      {groups.map(({ key, labels }) => {
        // Governorates and other long lists show only what occurs in the data (or is selected).
        const inData = facets ? new Set(Object.keys(facets[key])) : present[key];
        const values = Object.keys(labels).filter((v) => inData.has(v) || filters[key].includes(v));
        const counts = facets?.[key] ?? facetCounts(operations, filters, key, values);
        return (
          <FilterGroup
            key={key}
            title={t(`filters.groups.${key}`)}
            lang={lang}
            selected={filters[key]}
            options={values.map((v) => ({ value: v, label: labels[v][lang], count: counts[v] }))}
            onToggle={(v) => onChange({ [key]: toggle(filters[key], v) }, 'push')}
          />
        );
      })}
      <label className="toggle">
        <input
          type="checkbox"
          checked={filters.airborne}
          onChange={(e) => onChange({ airborne: e.target.checked }, 'push')}
        />
        <span>{t('filters.airborneOnly')}</span>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          data-testid="filter-corroborated"
          checked={filters.corr}
          onChange={(e) => onChange({ corr: e.target.checked }, 'push')}
        />
        <span>{t('evidence.corroboratedOnly')}</span>
      </label>
    </section>
  );
}
