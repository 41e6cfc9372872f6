/**
 * `public/data/gazetteer.json` (written by scripts/data-build/gazetteer-index.ts) read back into one record per
 * place: shared by the propose view (the ingest's place index) and the radius search (spatial/places.ts).
 */
export interface GazetteerJson {
  v: 1;
  columns: string[];
  rows: (string | number)[][];
  bboxes: Record<string, [number, number, number, number]>;
}

/** A place as the gazetteer row holds it (the shape of the ingest's `GazPlace`). */
export interface GazetteerPlace {
  id: string;
  name_ar: string;
  alt_ar: string[];
  name_en: string;
  alt_latin: string[];
  lat: number;
  lon: number;
  feature_code: string;
  admin1_iso: string;
  population: number;
}

const split = (s: unknown) => (typeof s === 'string' && s ? s.split('|') : []);

export function placesFromJson(json: Pick<GazetteerJson, 'columns' | 'rows'>): GazetteerPlace[] {
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
