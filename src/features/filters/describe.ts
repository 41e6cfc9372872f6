/** A one-line, human description of the active filters (PNG caption, screen-reader summary). */
import type { TFunction } from 'i18next';
import type { Filters } from '../../domain/filter-state';
import { formatDateRange, formatNumber, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';

export function describeFilters(
  f: Filters,
  meta: Meta,
  lang: UiLang,
  count: number,
  t: TFunction,
  /** The radius filter's place name, once the gazetteer has it (else its id is shown). */
  nearName?: string,
): string {
  const tax = meta.taxonomy;
  const names = (ids: string[], labels: Record<string, { ar: string; en: string }>) =>
    ids.map((id) => labels[id]?.[lang] ?? id).join(lang === 'ar' ? '، ' : ', ');
  const parts = [
    f.from || f.to ? formatDateRange(f.from, f.to, lang) : null,
    f.years.length
      ? f.years.map((y) => formatNumber(y, lang).replace(/[٬,]/g, '')).join(lang === 'ar' ? '، ' : ', ')
      : null,
    f.actors.length ? names(f.actors, tax.actors) : null,
    f.types.length ? names(f.types, tax.types) : null,
    f.targets.length ? names(f.targets, tax.targets) : null,
    f.gov.length ? names(f.gov, meta.governorates) : null,
    f.prec.length ? names(f.prec, tax.location_precisions) : null,
    f.conf.length ? names(f.conf, tax.confidence) : null,
    f.airborne ? t('filters.airborneOnly') : null,
    f.corr ? t('evidence.corroboratedOnly') : null,
    f.q ? `“${f.q}”` : null,
    f.area ? t(f.area.kind === 'box' ? 'spatial.chip.box' : 'spatial.chip.polygon') : null,
    f.near ? t('spatial.chip.near', { km: formatNumber(f.near.km, lang), place: nearName ?? f.near.place }) : null,
  ].filter(Boolean);
  const what = parts.length ? parts.join(' · ') : t('filters.none');
  return `${what} — ${t('count.operations', { count, formatted: formatNumber(count, lang) })}`;
}
