/** One reviewed record → one published feature (the data contract), with its place, governorate and provenance. */
import { countOutlets } from '../../src/domain/corroboration';
import {
  isCitedRecord,
  type OperationFeature,
  type OperationRecord,
  type PublishedSource,
  type RecordSource,
} from '../../src/domain/operation-schema';
import type { Context } from './types';
import { governorateAt } from './gazetteer';

export function toFeature(rec: OperationRecord, ctx: Context): OperationFeature {
  const place = ctx.places.get(rec.place)!;
  const gov = governorateAt([place.lon, place.lat], ctx.govs)!;
  const range = (o: OperationRecord['killed']) => [o?.min ?? null, o?.max ?? null] as const;
  const [killed_min, killed_max] = range(rec.killed);
  const [captured_min, captured_max] = range(rec.captured);
  const [freed_min, freed_max] = range(rec.freed);
  const [evacuated_min, evacuated_max] = range(rec.evacuated);
  const outcome_notes: Record<string, { en: string | null; ar: string | null }> = {};
  for (const k of ['killed', 'captured', 'freed', 'evacuated'] as const) {
    const o = rec[k];
    if (o && (o.note_en || o.note_ar)) outcome_notes[k] = { en: o.note_en ?? null, ar: o.note_ar ?? null };
  }
  const sources = rec.sources.map((s) => publishSource(s, ctx));
  const place_ar = rec.place_ar ?? place.name_ar;
  const place_en = rec.place_en ?? place.name_en;
  // The gazetteer's names for the place, for search (Shuhail finds al-Shuhayl): without the two shown above.
  const place_names = [...new Set([place.name_ar, place.name_en, ...place.alt_names])].filter(
    (n) => n && n !== place_ar && n !== place_en,
  );
  return {
    type: 'Feature',
    id: rec.id,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      id: rec.id,
      date: rec.date,
      date_end: rec.date_end,
      date_precision: rec.date_precision,
      date_disputed: rec.date_alternatives.length > 0,
      date_alternatives: rec.date_alternatives,
      date_note_en: rec.date_note_en ?? null,
      date_note_ar: rec.date_note_ar ?? null,
      year: Number(rec.date.slice(0, 4)),
      type: rec.type,
      secondary_types: rec.secondary_types,
      actors: rec.actors,
      target: rec.target,
      place_id: rec.place,
      place_ar,
      place_en,
      place_names,
      place_note_en: rec.place_note_en,
      place_note_ar: rec.place_note_ar,
      governorate: gov.iso,
      location_precision: rec.location_precision,
      killed_min,
      killed_max,
      captured_min,
      captured_max,
      freed_min,
      freed_max,
      evacuated_min,
      evacuated_max,
      outcome_notes,
      aircraft_en: rec.aircraft_en,
      aircraft_ar: rec.aircraft_ar,
      civilians_harmed_en: rec.civilians_harmed_en,
      civilians_harmed_ar: rec.civilians_harmed_ar,
      named_persons: rec.named_persons,
      other_reports: rec.other_reports,
      title_ar: rec.title_ar,
      title_en: rec.title_en,
      summary_ar: rec.summary_ar,
      summary_en: rec.summary_en,
      confidence: rec.confidence,
      airborne_explicit: rec.airborne_explicit,
      airborne_note_en: rec.airborne_note_en ?? null,
      airborne_note_ar: rec.airborne_note_ar ?? null,
      sources,
      corroboration: countOutlets(sources),
    },
  };
}

/** A record's source as published: a stored article's provenance and quote, or a URL-only source's claims. */
function publishSource(s: RecordSource, ctx: Context): PublishedSource {
  if (isCitedRecord(s))
    return {
      outlet: s.outlet_en,
      outlet_ar: s.outlet_ar,
      url: s.url,
      published: s.published,
      published_end: null,
      published_precision: s.published_precision ?? 'exact',
      claims_en: s.claims_en,
      claims_ar: s.claims_ar,
      ...(s.language && { language: s.language }),
      ...(s.republished_from_en && { republished_from: s.republished_from_en }),
      ...(s.republished_from_ar && { republished_from_ar: s.republished_from_ar }),
    };
  const a = ctx.articles.get(s.article)!.meta;
  return {
    article_id: a.id,
    outlet: a.outlet_en,
    outlet_ar: a.outlet_ar,
    url: a.url,
    published: a.published,
    published_end: a.published_end,
    published_precision: a.published_precision,
    quote_ar: s.quote_ar,
    ...(a.republished_from_en && { republished_from: a.republished_from_en }),
    ...(a.republished_from_ar && { republished_from_ar: a.republished_from_ar }),
  };
}
