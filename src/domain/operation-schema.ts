/**
 * The one operation schema (zod/mini, named imports: ~7 KB in the app instead of ~90 KB for classic zod),
 * shared by the data build (validating the reviewed YAML records in `data/operations/`) and the app (parsing
 * the published `public/data/operations.geojson`). Property names follow the data contract in
 * `docs/product.md` / `data/README.md`.
 */
import {
  _default,
  array,
  boolean,
  enum as zEnum,
  extend,
  gte,
  int,
  literal,
  lte,
  minLength,
  nullable,
  number,
  object,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  tuple,
  union,
  url,
  type output,
} from 'zod/mini';
import './zod-setup';
import { isRealDate } from './dates';

export { isRealDate } from './dates';

const nonEmpty = () => string().check(minLength(1));
export const isoDate = string().check(
  regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  refine(isRealDate, 'not a real calendar date'),
);

export const datePrecision = zEnum(['day', 'month', 'year']);
export const confidence = zEnum(['high', 'medium', 'low']);
export const locationPrecision = zEnum(['exact', 'village', 'near', 'subdistrict', 'governorate', 'region']);
export type LocationPrecision = output<typeof locationPrecision>;
export type Confidence = output<typeof confidence>;

const slug = string().check(regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id like "syrian-gov"'));
const count = int().check(gte(0));

/** An outcome as reported: a range, open-ended when `max` is null ("at least 5"). */
export const outcomeRange = strictObject({
  min: nullable(count),
  max: nullable(count),
  note_en: optional(string()),
  note_ar: optional(string()),
}).check(refine((o) => o.min === null || o.max === null || o.min <= o.max, 'min is larger than max'));

/**
 * A date other than the best estimate that some source reports, with who reported it in both languages
 * (`reported_by` is the English attribution). Records must give `reported_by_ar`; published features from
 * elsewhere (imported datasets) may lack it, and the UI then shows the English one.
 */
const dateAlternativeFields = {
  date: isoDate,
  date_end: _default(nullable(isoDate), null),
  claim_en: nonEmpty(),
  claim_ar: nonEmpty(),
  reported_by: nonEmpty(),
};
export const dateAlternative = strictObject({ ...dateAlternativeFields, reported_by_ar: optional(nonEmpty()) });
const dateAlternativeRecord = strictObject({ ...dateAlternativeFields, reported_by_ar: nonEmpty() });

const namedPerson = strictObject({
  name_ar: nonEmpty(),
  name_en: nonEmpty(),
  role_en: nonEmpty(),
  role_ar: nonEmpty(),
});

const otherReportFields = { claim_en: nonEmpty(), claim_ar: nonEmpty(), reported_by: nonEmpty() };
const otherReport = strictObject({ ...otherReportFields, reported_by_ar: optional(nonEmpty()) });
const otherReportRecord = strictObject({ ...otherReportFields, reported_by_ar: nonEmpty() });

const nullOutcome = _default(nullable(outcomeRange), null);
const nullText = _default(nullable(string()), null);

const httpUrl = string().check(regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'expected an http(s) URL'));
const publishedPrecision = zEnum(['exact', 'inferred']);

/** A source whose text is stored in `data/articles/<article>.txt`: the exact Arabic quote that supports the record. */
export const storedSourceRecord = strictObject({ article: nonEmpty(), quote_ar: nonEmpty() });

/**
 * A source cited by URL only: its text is NOT stored in the repository. `claims_en/ar` say, in our own words,
 * what it reports. A site republishing another outlet's story (a wire story, a syndicated article) names the
 * original in `republished_from_en/ar`, so that the story counts once towards corroboration.
 */
export const citedSourceRecord = strictObject({
  url: httpUrl,
  outlet_en: nonEmpty(),
  outlet_ar: nonEmpty(),
  published: isoDate,
  published_precision: optional(publishedPrecision),
  /** Why the publication date is inferred, or why it precedes the operation's date. */
  published_note_en: optional(nonEmpty()),
  published_note_ar: optional(nonEmpty()),
  claims_en: nonEmpty(),
  claims_ar: nonEmpty(),
  /** The language the source is written in (ISO 639-1, e.g. `ar`, `en`). */
  language: optional(string().check(regex(/^[a-z]{2}$/, 'expected a two-letter language code like "ar"'))),
  republished_from_en: optional(nonEmpty()),
  republished_from_ar: optional(nonEmpty()),
});
const recordSource = union([storedSourceRecord, citedSourceRecord]);

/** One reviewed record in `data/operations/<id>.yaml`. */
export const operationRecord = strictObject({
  id: string().check(regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'expected an id like 2017-01-08-kubar')),
  reference: optional(string()),
  date: isoDate,
  date_end: _default(nullable(isoDate), null),
  date_precision: datePrecision,
  date_note_en: optional(string()),
  date_note_ar: optional(string()),
  date_alternatives: _default(array(dateAlternativeRecord), []),
  place: nonEmpty(),
  place_ar: optional(string()),
  place_en: optional(string()),
  place_note_en: nonEmpty(),
  place_note_ar: nonEmpty(),
  location_precision: locationPrecision,
  type: slug,
  secondary_types: _default(array(slug), []),
  actors: array(slug).check(minLength(1)),
  target: nullable(slug),
  aircraft_en: nullable(string()),
  aircraft_ar: nullable(string()),
  killed: nullOutcome,
  captured: nullOutcome,
  freed: nullOutcome,
  evacuated: nullOutcome,
  civilians_harmed_en: nullText,
  civilians_harmed_ar: nullText,
  named_persons: _default(array(namedPerson), []),
  other_reports: _default(array(otherReportRecord), []),
  title_ar: nonEmpty(),
  title_en: nonEmpty(),
  summary_ar: nonEmpty(),
  summary_en: nonEmpty(),
  confidence,
  airborne_explicit: boolean(),
  airborne_note_en: optional(string()),
  airborne_note_ar: optional(string()),
  sources: array(recordSource).check(minLength(1)),
});
export type OperationRecord = output<typeof operationRecord>;
export type RecordSource = OperationRecord['sources'][number];
export type CitedSourceRecord = output<typeof citedSourceRecord>;

/** True for a record source cited by URL only (no stored text; claims paraphrased in our words). */
export const isCitedRecord = (s: RecordSource): s is CitedSourceRecord => 'url' in s;

/** Metadata of a source article, `data/articles/<id>.yaml` beside `<id>.txt`. */
export const articleMeta = strictObject({
  id: nonEmpty(),
  outlet_en: nonEmpty(),
  outlet_ar: nonEmpty(),
  republished_from_en: optional(string()),
  republished_from_ar: optional(string()),
  url: url(),
  published: isoDate,
  published_end: _default(nullable(isoDate), null),
  published_precision: zEnum(['exact', 'inferred']),
  published_note_en: nonEmpty(),
  language: literal('ar'),
  title_ar: nonEmpty(),
});
export type ArticleMeta = output<typeof articleMeta>;

/** A published source's evidence: a stored quote (`article_id`, `quote_ar`) or a paraphrase (`claims_en/ar`), never both. */
export function hasOneKindOfEvidence(s: {
  article_id?: string;
  quote_ar?: string;
  claims_en?: string;
  claims_ar?: string;
}): boolean {
  return s.quote_ar !== undefined
    ? s.article_id !== undefined && s.claims_en === undefined && s.claims_ar === undefined
    : s.article_id === undefined && s.claims_en !== undefined && s.claims_ar !== undefined;
}

/**
 * A source as published: provenance plus either the exact quote from a stored article (`article_id`,
 * `quote_ar`), or, for a source cited by URL only, a paraphrase of what it reports (`claims_en`, `claims_ar`).
 * `republished_from` names the outlet whose story this one republishes (it counts once towards corroboration).
 */
export const publishedSource = object({
  article_id: optional(string()),
  outlet: string(),
  outlet_ar: string(),
  url: string(),
  published: isoDate,
  published_end: nullable(isoDate),
  published_precision: publishedPrecision,
  quote_ar: optional(nonEmpty()),
  claims_en: optional(nonEmpty()),
  claims_ar: optional(nonEmpty()),
  language: optional(string()),
  republished_from: optional(nonEmpty()),
  republished_from_ar: optional(nonEmpty()),
}).check(
  refine(
    hasOneKindOfEvidence,
    'a source has either article_id and quote_ar (stored text) or claims_en and claims_ar (cited by URL only)',
  ),
);
export type PublishedSource = output<typeof publishedSource>;

const nullableCount = nullable(count);
const nullString = nullable(string());

/** Feature properties of `public/data/operations.geojson` (the published data contract). */
export const operationProperties = object({
  id: string(),
  date: isoDate,
  date_end: nullable(isoDate),
  date_precision: datePrecision,
  date_disputed: boolean(),
  date_alternatives: array(dateAlternative),
  date_note_en: nullString,
  date_note_ar: nullString,
  year: int(),
  type: string(),
  secondary_types: array(string()),
  actors: array(string()).check(minLength(1)),
  target: nullString,
  place_id: string(),
  place_ar: string(),
  place_en: string(),
  /** The place's other names (gazetteer, Latin and Arabic) for search; absent in older or imported data. */
  place_names: _default(array(string()), []),
  place_note_en: string(),
  place_note_ar: string(),
  governorate: string().check(regex(/^SY-[A-Z]{2}$/)),
  location_precision: locationPrecision,
  killed_min: nullableCount,
  killed_max: nullableCount,
  captured_min: nullableCount,
  captured_max: nullableCount,
  freed_min: nullableCount,
  freed_max: nullableCount,
  evacuated_min: nullableCount,
  evacuated_max: nullableCount,
  outcome_notes: record(string(), object({ en: nullString, ar: nullString })),
  aircraft_en: nullString,
  aircraft_ar: nullString,
  civilians_harmed_en: nullString,
  civilians_harmed_ar: nullString,
  named_persons: array(namedPerson),
  other_reports: array(otherReport),
  title_ar: string(),
  title_en: string(),
  summary_ar: string(),
  summary_en: string(),
  confidence,
  airborne_explicit: boolean(),
  airborne_note_en: nullString,
  airborne_note_ar: nullString,
  sources: array(publishedSource).check(minLength(1)),
  /** Distinct outlets among the sources (a republished story counts once); the build always sets it. */
  corroboration: optional(int().check(gte(0))),
});
export type OperationProperties = output<typeof operationProperties>;

export const operationFeature = object({
  type: literal('Feature'),
  id: string(),
  geometry: object({
    type: literal('Point'),
    coordinates: tuple([number().check(gte(-180), lte(180)), number().check(gte(-90), lte(90))]),
  }),
  properties: operationProperties,
});
export type OperationFeature = output<typeof operationFeature>;

/**
 * The same feature schema for analysts' imported datasets, except that an operation may come without source
 * evidence (a CSV of events often has none); the evidence view then says so.
 */
export const importedFeature = extend(operationFeature, {
  properties: extend(operationProperties, { sources: array(publishedSource) }),
});

export const operationCollection = object({
  type: literal('FeatureCollection'),
  features: array(operationFeature),
}).check(refine((c) => c.features.every((f) => f.id === f.properties.id), 'feature id differs from properties.id'));
export type OperationCollection = output<typeof operationCollection>;

/** A published article (`public/data/articles/<id>.json`): its metadata and full text, for the evidence view. */
export const publishedArticle = extend(articleMeta, { text: string() });
export type PublishedArticle = output<typeof publishedArticle>;

/** The properties of an operation that stay "not stated" until a source says otherwise (fresh each call). */
export function unstated() {
  return {
    date_alternatives: [],
    date_note_en: null,
    date_note_ar: null,
    secondary_types: [],
    killed_min: null,
    killed_max: null,
    captured_min: null,
    captured_max: null,
    freed_min: null,
    freed_max: null,
    evacuated_min: null,
    evacuated_max: null,
    outcome_notes: {},
    aircraft_en: null,
    aircraft_ar: null,
    civilians_harmed_en: null,
    civilians_harmed_ar: null,
    named_persons: [],
    other_reports: [],
    airborne_note_en: null,
    airborne_note_ar: null,
    place_names: [],
  } satisfies Partial<OperationProperties>;
}
