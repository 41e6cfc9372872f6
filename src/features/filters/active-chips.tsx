import { useTranslation } from 'react-i18next';
import { noFilters, type Filters } from '../../domain/filter-state';
import { formatDateRange, formatNumber, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';

interface Props {
  filters: Filters;
  meta: Meta;
  lang: UiLang;
  onChange: (patch: Partial<Filters>) => void;
  /** The name of the radius filter's place in the UI language, once the gazetteer has it. */
  nearName?: string;
}

interface Chip {
  key: string;
  label: string;
  remove: Partial<Filters>;
}

/** Every active filter as a removable chip, plus "clear all". */
export function ActiveChips({ filters: f, meta, lang, onChange, nearName }: Props) {
  const { t } = useTranslation();
  const tax = meta.taxonomy;
  const list = (
    key: 'actors' | 'types' | 'targets' | 'gov' | 'prec' | 'conf',
    labels: Record<string, { ar: string; en: string }>,
  ) =>
    f[key].map((v): Chip => ({
      key: `${key}:${v}`,
      label: labels[v]?.[lang] ?? v,
      remove: { [key]: f[key].filter((x) => x !== v) },
    }));
  const chips: Chip[] = [
    ...(f.from || f.to
      ? [
          {
            key: 'range',
            label: formatDateRange(f.from, f.to, lang),
            remove: { from: null, to: null },
          },
        ]
      : []),
    ...f.years.map((y) => ({
      key: `y:${y}`,
      label: formatNumber(y, lang).replace(/[٬,]/g, ''),
      remove: { years: f.years.filter((x) => x !== y) },
    })),
    ...list('actors', tax.actors),
    ...list('types', tax.types),
    ...list('targets', tax.targets),
    ...list('gov', meta.governorates),
    ...list('prec', tax.location_precisions),
    ...list('conf', tax.confidence),
    ...(f.airborne ? [{ key: 'airborne', label: t('filters.airborneOnly'), remove: { airborne: false } }] : []),
    ...(f.corr ? [{ key: 'corr', label: t('evidence.corroboratedOnly'), remove: { corr: false } }] : []),
    ...(f.q ? [{ key: 'q', label: `“${f.q}”`, remove: { q: '' } }] : []),
    ...(f.area
      ? [
          {
            key: 'area',
            label: t(f.area.kind === 'box' ? 'spatial.chip.box' : 'spatial.chip.polygon'),
            remove: { area: null },
          },
        ]
      : []),
    ...(f.near
      ? [
          {
            key: 'near',
            label: t('spatial.chip.near', { km: formatNumber(f.near.km, lang), place: nearName ?? f.near.place }),
            remove: { near: null },
          },
        ]
      : []),
  ];
  if (!chips.length) return null;
  return (
    <div className="chips" data-testid="active-filters">
      <ul aria-label={t('filters.active')}>
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="chip"
              data-chip={c.key}
              onClick={() => onChange(c.remove)}
              aria-label={t('filters.remove', { name: c.label })}
            >
              <bdi>{c.label}</bdi>
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" data-testid="clear-filters" onClick={() => onChange(noFilters)}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
