/**
 * Gazetteer rows (TSV with a header, no quoting: fields never contain tabs or newlines) and a
 * point-in-polygon lookup of Syrian governorates. Owns place lookup for the data build.
 */
export interface Place {
  id: string;
  name_ar: string;
  name_en: string;
  /** Other names from the optional `alt_ar` / `alt_latin` columns (`|`-separated), published for search. */
  alt_names: string[];
  lat: number;
  lon: number;
  feature_code: string;
  country: string;
  admin1_iso: string;
}

export interface TsvError {
  line: number;
  message: string;
}

/** Parses a gazetteer TSV. Rows with a wrong column count or bad coordinates are reported, not dropped silently. */
export function parseGazetteer(tsv: string): { places: Place[]; errors: TsvError[] } {
  const lines = tsv.split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  const col = (name: string) => header.indexOf(name);
  const need = ['id', 'name_ar', 'name_en', 'lat', 'lon', 'feature_code', 'country', 'admin1_iso'];
  const missing = need.filter((n) => col(n) < 0);
  if (missing.length) return { places: [], errors: [{ line: 1, message: `missing columns: ${missing.join(', ')}` }] };
  const places: Place[] = [];
  const errors: TsvError[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const f = raw.split('\t');
    const line = i + 2;
    if (f.length !== header.length) {
      errors.push({ line, message: `expected ${header.length} columns, found ${f.length}` });
      return;
    }
    const lat = Number(f[col('lat')]);
    const lon = Number(f[col('lon')]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || f[col('lat')] === '' || f[col('lon')] === '') {
      errors.push({ line, message: `bad coordinates "${f[col('lat')]}", "${f[col('lon')]}"` });
      return;
    }
    places.push({
      id: f[col('id')],
      name_ar: f[col('name_ar')],
      name_en: f[col('name_en')],
      alt_names: ['alt_ar', 'alt_latin'].flatMap((c) => (col(c) < 0 ? [] : f[col(c)].split('|').filter(Boolean))),
      lat,
      lon,
      feature_code: f[col('feature_code')],
      country: f[col('country')],
      admin1_iso: f[col('admin1_iso')],
    });
  });
  return { places, errors };
}

export { governorateAt, parseGovernorates, type Governorate } from '../../src/domain/geo';
