/**
 * Gazetteer rows (TSV with a header, no quoting: fields never contain tabs or newlines) and a
 * point-in-polygon lookup of Syrian governorates. Owns place lookup for the data build.
 */
export interface Place {
  id: string;
  name_ar: string;
  name_en: string;
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
      lat,
      lon,
      feature_code: f[col('feature_code')],
      country: f[col('country')],
      admin1_iso: f[col('admin1_iso')],
    });
  });
  return { places, errors };
}

type Ring = [number, number][];
export interface Governorate {
  iso: string;
  name_en: string;
  name_ar: string;
  label: [number, number];
  polygons: Ring[][];
}

interface AdmFeature {
  properties: { iso_3166_2: string; name_en: string; name_ar: string; label_lon: number; label_lat: number };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export function parseGovernorates(geojson: { features: AdmFeature[] }): Governorate[] {
  return geojson.features.map((f) => ({
    iso: f.properties.iso_3166_2,
    name_en: f.properties.name_en,
    name_ar: f.properties.name_ar,
    label: [f.properties.label_lon, f.properties.label_lat],
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
}

function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The governorate containing [lon, lat], or null when the point lies outside Syria. */
export function governorateAt(point: [number, number], govs: Governorate[]): Governorate | null {
  for (const g of govs) {
    for (const [outer, ...holes] of g.polygons) {
      if (inRing(point, outer) && !holes.some((h) => inRing(point, h))) return g;
    }
  }
  return null;
}
