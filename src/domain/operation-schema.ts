/**
 * The one operation schema (zod), shared by the data build (validating the reviewed YAML records in
 * `data/operations/`) and the app (parsing the published `public/data/operations.geojson`).
 * The published property names follow the data contract in `docs/product.md` / `data/README.md`.
 */
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** True when `s` (YYYY-MM-DD) names a day that exists in the calendar. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const datePrecision = z.enum(['day', 'month', 'year']);
export const confidence = z.enum(['high', 'medium', 'low']);
export const locationPrecision = z.enum(['exact', 'village', 'near', 'subdistrict', 'governorate', 'region']);
export type LocationPrecision = z.infer<typeof locationPrecision>;
export type Confidence = z.infer<typeof confidence>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id like "syrian-gov"');
const count = z.number().int().nonnegative();

/** An outcome as reported: a range, open-ended when `max` is null ("at least 5"). */
export const outcomeRange = z
  .object({
    min: count.nullable(),
    max: count.nullable(),
    note_en: z.string().optional(),
    note_ar: z.string().optional(),
  })
  .strict()
  .refine((o) => o.min === null || o.max === null || o.min <= o.max, {
    message: 'min is larger than max',
  });

/** A date other than the best estimate that some source reports, with who reported it. */
export const dateAlternative = z
  .object({
    date: isoDate,
    date_end: isoDate.nullable().default(null),
    claim_en: z.string().min(1),
    claim_ar: z.string().min(1),
    reported_by: z.string().min(1),
  })
  .strict();

const namedPerson = z
  .object({
    name_ar: z.string().min(1),
    name_en: z.string().min(1),
    role_en: z.string().min(1),
    role_ar: z.string().min(1),
  })
  .strict();

const otherReport = z
  .object({
    claim_en: z.string().min(1),
    claim_ar: z.string().min(1),
    reported_by: z.string().min(1),
  })
  .strict();

/** One reviewed record in `data/operations/<id>.yaml`. */
export const operationRecord = z
  .object({
    id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'expected an id like 2017-01-08-kubar'),
    reference: z.string().optional(),
    date: isoDate,
    date_end: isoDate.nullable().default(null),
    date_precision: datePrecision,
    date_note_en: z.string().optional(),
    date_note_ar: z.string().optional(),
    date_alternatives: z.array(dateAlternative).default([]),
    place: z.string().min(1),
    place_ar: z.string().optional(),
    place_en: z.string().optional(),
    place_note_en: z.string().min(1),
    place_note_ar: z.string().min(1),
    location_precision: locationPrecision,
    type: slug,
    secondary_types: z.array(slug).default([]),
    actors: z.array(slug).min(1),
    target: slug.nullable(),
    aircraft_en: z.string().nullable(),
    aircraft_ar: z.string().nullable(),
    killed: outcomeRange.nullable().default(null),
    captured: outcomeRange.nullable().default(null),
    freed: outcomeRange.nullable().default(null),
    evacuated: outcomeRange.nullable().default(null),
    civilians_harmed_en: z.string().nullable().default(null),
    civilians_harmed_ar: z.string().nullable().default(null),
    named_persons: z.array(namedPerson).default([]),
    other_reports: z.array(otherReport).default([]),
    title_ar: z.string().min(1),
    title_en: z.string().min(1),
    summary_ar: z.string().min(1),
    summary_en: z.string().min(1),
    confidence,
    airborne_explicit: z.boolean(),
    airborne_note_en: z.string().optional(),
    airborne_note_ar: z.string().optional(),
    sources: z
      .array(
        z
          .object({
            article: z.string().min(1),
            quote_ar: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type OperationRecord = z.infer<typeof operationRecord>;

/** Metadata of a source article, `data/articles/<id>.yaml` beside `<id>.txt`. */
export const articleMeta = z
  .object({
    id: z.string().min(1),
    outlet_en: z.string().min(1),
    outlet_ar: z.string().min(1),
    republished_from_en: z.string().optional(),
    republished_from_ar: z.string().optional(),
    url: z.url(),
    published: isoDate,
    published_end: isoDate.nullable().default(null),
    published_precision: z.enum(['exact', 'inferred']),
    published_note_en: z.string().min(1),
    language: z.literal('ar'),
    title_ar: z.string().min(1),
  })
  .strict();
export type ArticleMeta = z.infer<typeof articleMeta>;

/** A source as published: provenance plus the exact quote. */
export const publishedSource = z.object({
  article_id: z.string(),
  outlet: z.string(),
  outlet_ar: z.string(),
  url: z.string(),
  published: isoDate,
  published_end: isoDate.nullable(),
  published_precision: z.enum(['exact', 'inferred']),
  quote_ar: z.string().min(1),
});
export type PublishedSource = z.infer<typeof publishedSource>;

const nullableCount = count.nullable();

/** Feature properties of `public/data/operations.geojson` (the published data contract). */
export const operationProperties = z.object({
  id: z.string(),
  date: isoDate,
  date_end: isoDate.nullable(),
  date_precision: datePrecision,
  date_disputed: z.boolean(),
  date_alternatives: z.array(dateAlternative),
  date_note_en: z.string().nullable(),
  date_note_ar: z.string().nullable(),
  year: z.number().int(),
  type: z.string(),
  secondary_types: z.array(z.string()),
  actors: z.array(z.string()).min(1),
  target: z.string().nullable(),
  place_id: z.string(),
  place_ar: z.string(),
  place_en: z.string(),
  place_note_en: z.string(),
  place_note_ar: z.string(),
  governorate: z.string().regex(/^SY-[A-Z]{2}$/),
  location_precision: locationPrecision,
  killed_min: nullableCount,
  killed_max: nullableCount,
  captured_min: nullableCount,
  captured_max: nullableCount,
  freed_min: nullableCount,
  freed_max: nullableCount,
  evacuated_min: nullableCount,
  evacuated_max: nullableCount,
  outcome_notes: z.record(z.string(), z.object({ en: z.string().nullable(), ar: z.string().nullable() })),
  aircraft_en: z.string().nullable(),
  aircraft_ar: z.string().nullable(),
  civilians_harmed_en: z.string().nullable(),
  civilians_harmed_ar: z.string().nullable(),
  named_persons: z.array(namedPerson),
  other_reports: z.array(otherReport),
  title_ar: z.string(),
  title_en: z.string(),
  summary_ar: z.string(),
  summary_en: z.string(),
  confidence,
  airborne_explicit: z.boolean(),
  airborne_note_en: z.string().nullable(),
  airborne_note_ar: z.string().nullable(),
  sources: z.array(publishedSource).min(1),
});
export type OperationProperties = z.infer<typeof operationProperties>;

export const operationFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  }),
  properties: operationProperties,
});
export type OperationFeature = z.infer<typeof operationFeature>;

export const operationCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(operationFeature),
  })
  .refine((c) => c.features.every((f) => f.id === f.properties.id), {
    message: 'feature id differs from properties.id',
  });
export type OperationCollection = z.infer<typeof operationCollection>;

/** Formats zod issues as `field.path: message` lines. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/** A published article (`public/data/articles/<id>.json`): its metadata and full text, for the evidence view. */
export const publishedArticle = articleMeta.extend({ text: z.string() });
export type PublishedArticle = z.infer<typeof publishedArticle>;
