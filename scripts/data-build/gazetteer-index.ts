/**
 * The gazetteer as the browser's "propose from an article" view needs it (`public/data/gazetteer.json`): the
 * places the ingest geocodes with (gazetteer-sy.tsv and places-local.tsv, as `scripts/ingest/load.ts`; not the
 * neighbours, not seed-places) as compact rows, and the governorates' bounding boxes. Fetched only when the view
 * opens; `src/features/propose/gazetteer-rows.ts` turns it back into the same index the CLI builds.
 */
import { bboxes, parsePlaces, type AdmGeo } from '../ingest/places';
import type { TextFile } from './types';

/** Gazetteer files the ingest reads (same list as scripts/ingest/load.ts GAZETTEERS). */
const INGEST_GAZETTEERS = /(^|\/)(gazetteer-sy|places-local)\.tsv$/;

export const GAZETTEER_COLUMNS = [
  'id',
  'name_ar',
  'alt_ar',
  'name_en',
  'alt_latin',
  'lat',
  'lon',
  'feature_code',
  'admin1_iso',
  'population',
] as const;

/** JSON text: `{ v, columns, rows, bboxes }`. Latin alternative names are kept only where no Arabic name is. */
export function gazetteerIndex(gazetteers: TextFile[], governorates: TextFile): string {
  const places = gazetteers.filter((f) => INGEST_GAZETTEERS.test(f.path)).flatMap((f) => parsePlaces(f.text));
  const rows = places.map((p) => [
    p.id,
    p.name_ar,
    p.alt_ar.join('|'),
    p.name_en,
    p.name_ar || p.alt_ar.length ? '' : p.alt_latin.join('|'),
    p.lat,
    p.lon,
    p.feature_code,
    p.admin1_iso,
    p.population,
  ]);
  const boxes = Object.fromEntries(bboxes(JSON.parse(governorates.text) as AdmGeo));
  return JSON.stringify({ v: 1, columns: GAZETTEER_COLUMNS, rows, bboxes: boxes });
}
