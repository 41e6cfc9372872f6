/**
 * The propose view's drafts: each proposal as the analyst edits it, its DRAFT record (scripts/ingest/record.ts,
 * the same builder as the CLI's `--write`, here with a source cited by URL only: the pasted text is not stored),
 * and the features that let the session explore them with the rest of the atlas.
 */
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature, OperationRecord } from '../../domain/operation-schema';
import { proposalRecord, type DraftResult, type Names, type RecordTexts } from '../../../scripts/ingest/record';
import type { Proposal } from '../../../scripts/ingest/types';

export interface Draft {
  key: string;
  p: Proposal;
  texts: RecordTexts;
}

export interface SourceFields {
  url: string;
  outlet: string;
  published: string;
}

export function namesFromMeta(meta: Meta): Names {
  const t = meta.taxonomy;
  return {
    gov: (iso) => t.governorates[iso] ?? meta.governorates[iso],
    type: (id) => t.types[id],
    actor: (id) => t.actors[id],
    precision: (id) => t.location_precisions[id as keyof typeof t.location_precisions],
  };
}

/** The cited source of every draft; the outlet is given once and used in both languages. */
export function citedSource(f: SourceFields) {
  const outlet = f.outlet.trim() || new URL(f.url).hostname;
  return { kind: 'cited' as const, url: f.url.trim(), outlet_en: outlet, outlet_ar: outlet, published: f.published };
}

/** The one record error the view names in the UI language: the source's URL or publication date is missing. */
export const NEEDS_SOURCE = 'needs-source';

export function recordOf(d: Draft, f: SourceFields, names: Names): DraftResult {
  const missing = [!/^https?:\/\/\S+$/i.test(f.url.trim()) && 'url', !f.published && 'published'].filter(Boolean);
  if (missing.length) return { ok: false, errors: [NEEDS_SOURCE] };
  return proposalRecord(d.p, citedSource(f), names, d.texts);
}

/** Generated titles and summaries, the starting point of the analyst's own. */
export function initialTexts(p: Proposal, names: Names): RecordTexts {
  const r = proposalRecord(
    p,
    citedSource({ url: 'https://example.org/', outlet: '-', published: p.date ?? '2000-01-01' }),
    names,
  );
  if (!r.ok) return {};
  const { title_en, title_ar, summary_en, summary_ar } = r.record;
  return { title_en, title_ar, summary_en, summary_ar };
}

export function toFeature(rec: OperationRecord, p: Proposal): OperationFeature {
  const range = (o: OperationRecord['killed']) => [o?.min ?? null, o?.max ?? null] as const;
  const [killed_min, killed_max] = range(rec.killed);
  const [captured_min, captured_max] = range(rec.captured);
  const [freed_min, freed_max] = range(rec.freed);
  const [evacuated_min, evacuated_max] = range(rec.evacuated);
  const src = rec.sources[0];
  const cited = 'url' in src ? src : null;
  return {
    type: 'Feature',
    id: rec.id,
    geometry: { type: 'Point', coordinates: [p.lon ?? 0, p.lat ?? 0] },
    properties: {
      id: rec.id,
      date: rec.date,
      date_end: rec.date_end,
      date_precision: rec.date_precision,
      date_disputed: false,
      date_alternatives: [],
      date_note_en: rec.date_note_en ?? null,
      date_note_ar: rec.date_note_ar ?? null,
      year: +rec.date.slice(0, 4),
      type: rec.type,
      secondary_types: rec.secondary_types,
      actors: rec.actors,
      target: rec.target,
      place_id: rec.place,
      place_ar: rec.place_ar ?? p.place_ar ?? '',
      place_en: rec.place_en ?? p.place_en ?? '',
      place_names: [],
      place_note_en: rec.place_note_en,
      place_note_ar: rec.place_note_ar,
      governorate: p.governorate ?? '',
      location_precision: rec.location_precision,
      killed_min,
      killed_max,
      captured_min,
      captured_max,
      freed_min,
      freed_max,
      evacuated_min,
      evacuated_max,
      outcome_notes: {},
      aircraft_en: null,
      aircraft_ar: null,
      civilians_harmed_en: null,
      civilians_harmed_ar: null,
      named_persons: [],
      other_reports: [],
      title_ar: rec.title_ar,
      title_en: rec.title_en,
      summary_ar: rec.summary_ar,
      summary_en: rec.summary_en,
      confidence: rec.confidence,
      airborne_explicit: rec.airborne_explicit,
      airborne_note_en: rec.airborne_note_en ?? null,
      airborne_note_ar: rec.airborne_note_ar ?? null,
      sources: cited
        ? [
            {
              outlet: cited.outlet_en,
              outlet_ar: cited.outlet_ar,
              url: cited.url,
              published: cited.published,
              published_end: null,
              published_precision: 'exact',
              claims_en: cited.claims_en,
              claims_ar: cited.claims_ar,
            },
          ]
        : [],
      corroboration: 1,
    },
  };
}
