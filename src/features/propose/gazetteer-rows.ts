/**
 * `public/data/gazetteer.json` (written by scripts/data-build/gazetteer-index.ts) back into the ingest's place
 * index, the same one the CLI builds from the TSV files, so that the browser proposes what `npm run ingest` does.
 */
import { indexPlaces, type BBox, type GazPlace, type PlaceIndex } from '../../../scripts/ingest/places';

export interface GazetteerJson {
  v: 1;
  columns: string[];
  rows: (string | number)[][];
  bboxes: Record<string, BBox>;
}

const split = (s: unknown) => (typeof s === 'string' && s ? s.split('|') : []);

export function placesFromJson(json: GazetteerJson): GazPlace[] {
  const at = (name: string) => json.columns.indexOf(name);
  const c = {
    id: at('id'),
    ar: at('name_ar'),
    altAr: at('alt_ar'),
    en: at('name_en'),
    altLatin: at('alt_latin'),
    lat: at('lat'),
    lon: at('lon'),
    fc: at('feature_code'),
    iso: at('admin1_iso'),
    pop: at('population'),
  };
  if (Object.values(c).some((i) => i < 0)) throw new Error('gazetteer.json: unexpected columns');
  return json.rows.map((r) => ({
    id: String(r[c.id]),
    name_ar: String(r[c.ar]),
    alt_ar: split(r[c.altAr]),
    name_en: String(r[c.en]),
    alt_latin: split(r[c.altLatin]),
    lat: Number(r[c.lat]),
    lon: Number(r[c.lon]),
    feature_code: String(r[c.fc]),
    admin1_iso: String(r[c.iso]),
    population: Number(r[c.pop]) || 0,
  }));
}

export function indexFromJson(json: GazetteerJson): PlaceIndex {
  return indexPlaces(placesFromJson(json), new Map(Object.entries(json.bboxes)));
}
