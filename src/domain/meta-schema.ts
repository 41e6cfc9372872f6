/**
 * Taxonomy (data/taxonomy.yaml) and published metadata (public/data/meta.json) schemas.
 * The build validates the taxonomy with it; the app parses meta.json with it.
 */
import { z } from 'zod';
import { isoDate, locationPrecision } from './operation-schema';

export const label = z.object({ en: z.string().min(1), ar: z.string().min(1) });
export type Label = z.infer<typeof label>;

const labels = z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), label);

const precisionEntry = label.extend({
  radius_m: z.number().positive(),
  description_en: z.string().min(1),
  description_ar: z.string().min(1),
});

export const taxonomy = z
  .object({
    actors: labels,
    targets: labels,
    types: labels,
    location_precisions: z.record(locationPrecision, precisionEntry),
    confidence: z.record(z.enum(['high', 'medium', 'low']), label),
    date_precisions: z.record(z.enum(['day', 'month', 'year']), label),
  })
  .strict();
export type Taxonomy = z.infer<typeof taxonomy>;

export const credit = z
  .object({
    id: z.string(),
    en: z.string(),
    ar: z.string(),
    licence: z.string(),
    url: z.string().nullable(),
  })
  .strict();
export type Credit = z.infer<typeof credit>;

export const meta = z.object({
  version: z.string().regex(/^[0-9a-f]{12}$/),
  taxonomy,
  governorates: z.record(z.string(), label.extend({ label: z.tuple([z.number(), z.number()]) })),
  date_range: z.object({ min: isoDate, max: isoDate }).nullable(),
  counts: z.object({
    operations: z.number().int(),
    by_type: z.record(z.string(), z.number().int()),
    by_year: z.record(z.string(), z.number().int()),
    by_actor: z.record(z.string(), z.number().int()),
  }),
  credits: z.array(credit),
  synthetic: z.boolean(),
});
export type Meta = z.infer<typeof meta>;
