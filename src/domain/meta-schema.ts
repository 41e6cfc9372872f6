/**
 * Taxonomy (data/taxonomy.yaml) and published metadata (public/data/meta.json) schemas (zod/mini).
 * The build validates the taxonomy with it; the app parses meta.json with it.
 */
import {
  array,
  boolean,
  enum as zEnum,
  extend,
  int,
  nullable,
  number,
  object,
  optional,
  positive,
  record,
  regex,
  minLength,
  strictObject,
  string,
  tuple,
  type output,
} from 'zod/mini';
import { isoDate, locationPrecision } from './operation-schema';

const nonEmpty = () => string().check(minLength(1));
export const label = object({ en: nonEmpty(), ar: nonEmpty() });
export type Label = output<typeof label>;

const labels = record(string().check(regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), label);

const precisionEntry = extend(label, {
  radius_m: number().check(positive()),
  description_en: nonEmpty(),
  description_ar: nonEmpty(),
});

/** A governorate's one spelling in each language, and other spellings that titles and summaries must not use. */
const governorateEntry = extend(label, {
  variants_en: optional(array(nonEmpty())),
  variants_ar: optional(array(nonEmpty())),
});

export const taxonomy = strictObject({
  actors: labels,
  targets: labels,
  types: labels,
  governorates: record(string().check(regex(/^SY-[A-Z]{2}$/)), governorateEntry),
  location_precisions: record(locationPrecision, precisionEntry),
  confidence: record(zEnum(['high', 'medium', 'low']), label),
  date_precisions: record(zEnum(['day', 'month', 'year']), label),
});
export type Taxonomy = output<typeof taxonomy>;

export const credit = strictObject({
  id: string(),
  en: string(),
  ar: string(),
  licence: string(),
  url: nullable(string()),
});
export type Credit = output<typeof credit>;

const counts = record(string(), int());

export const meta = object({
  version: string().check(regex(/^[0-9a-f]{12}$/)),
  taxonomy,
  governorates: record(string(), extend(label, { label: tuple([number(), number()]) })),
  date_range: nullable(object({ min: isoDate, max: isoDate })),
  counts: object({
    operations: int(),
    by_type: counts,
    by_year: counts,
    by_actor: counts,
    /** Operations per governorate (ISO code) and per number of distinct outlets; absent in older data. */
    by_governorate: optional(counts),
    by_corroboration: optional(counts),
  }),
  credits: array(credit),
  synthetic: boolean(),
});
export type Meta = output<typeof meta>;
