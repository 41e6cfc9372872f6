/**
 * What the charts say, in the UI language: taxonomy and governorate names from the data's meta (never codes),
 * numbers through `formatNumber`, outcome totals read once ("at least 13", "3–4", "2").
 */
import type { TFunction } from 'i18next';
import type { OutcomeTotal } from '../../domain/aggregate';
import { formatNumber, localizeDigits, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';

const LOCALES: Record<UiLang, string> = { ar: 'ar-SY', en: 'en-GB' };

/** A year as a label: no digit grouping ("2020", «٢٠٢٠»). */
export const formatYear = (year: string | number, lang: UiLang) => localizeDigits(String(year), lang);

/** "3 operations" / «٣ عمليات», with the language's plural forms. */
export const operationsText = (count: number, lang: UiLang, t: TFunction) =>
  t('charts.ops', { count, formatted: formatNumber(count, lang) });

export const actorName = (id: string, meta: Meta, lang: UiLang) => meta.taxonomy.actors[id]?.[lang] ?? id;
export const typeName = (id: string, meta: Meta, lang: UiLang) => meta.taxonomy.types[id]?.[lang] ?? id;
export const govName = (code: string, meta: Meta, lang: UiLang) => meta.governorates[code]?.[lang] ?? code;

/** An actor combination: "A only", "A and B" / «أ فقط»، «أ وب»; `[]` is the rarer combinations together. */
export function comboName(actors: string[], meta: Meta, lang: UiLang, t: TFunction): string {
  if (actors.length === 0) return t('charts.year.otherCombos');
  const names = actors.map((a) => actorName(a, meta, lang));
  if (names.length === 1) return t('charts.year.only', { actor: names[0] });
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(names);
}

/** Parts of a whole as one list ("a: 3, b: 1" / «أ: ٣، ب: ١»). */
export const listParts = (parts: string[], lang: UiLang) =>
  new Intl.ListFormat(LOCALES[lang], { type: 'unit', style: 'short' }).format(parts);

/** An outcome total as one phrase: "2", "3–4", "at least 13" / «١٣ على الأقل», or "not reported". */
export function outcomeText(total: OutcomeTotal, lang: UiLang, t: TFunction): string {
  const n = (x: number) => formatNumber(x, lang);
  if (!total.reported) return t('charts.outcomes.notReported');
  if (total.max === null) return t('charts.outcomes.atLeast', { n: n(total.min) });
  return total.max === total.min ? n(total.min) : `${n(total.min)}–${n(total.max)}`;
}
