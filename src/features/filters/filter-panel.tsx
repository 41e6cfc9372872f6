import { useTranslation } from 'react-i18next';
import { facetCounts, toggle, type FacetKey, type Filters } from '../../domain/filters';
import type { UiLang } from '../../domain/format';
import type { Label, Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { FilterGroup } from './filter-group';
import { SearchBox } from './search-box';

interface Props {
  operations: OperationFeature[];
  meta: Meta;
  filters: Filters;
  lang: UiLang;
  onChange: (patch: Partial<Filters>, mode?: 'push' | 'replace') => void;
}

type ListKey = Exclude<FacetKey, 'years'>;

/** Search plus one multi-select group per dimension, each option with its live count. */
export function FilterPanel({ operations, meta, filters, lang, onChange }: Props) {
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
  const present = (key: ListKey) =>
    new Set(
      operations.flatMap((o) => {
        const p = o.properties;
        return { actors: p.actors, types: [p.type, ...p.secondary_types], targets: p.target ? [p.target] : [], gov: [p.governorate], prec: [p.location_precision], conf: [p.confidence] }[key];
      }),
    );

  return (
    <section className="filter-panel" aria-label={t('filters.title')} data-testid="filters">
      <SearchBox value={filters.q} onChange={(q) => onChange({ q }, 'replace')} />
      {groups.map(({ key, labels }) => {
        // Governorates and other long lists show only what occurs in the data (or is selected).
        const inData = present(key);
        const values = Object.keys(labels).filter((v) => inData.has(v) || filters[key].includes(v));
        const counts = facetCounts(operations, filters, key, values);
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
        <input type="checkbox" checked={filters.airborne} onChange={(e) => onChange({ airborne: e.target.checked }, 'push')} />
        <span>{t('filters.airborneOnly')}</span>
      </label>
    </section>
  );
}
