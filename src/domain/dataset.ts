/**
 * Analysts' own datasets: a GeoJSON FeatureCollection in the published format, or a CSV with lon/lat/date
 * columns mapped onto it. Every feature or row is validated with the operation schema; invalid ones are listed
 * with their line and reason (never silently dropped) and the valid rest can be explored.
 */
import Papa from 'papaparse';
import { governorateAt, type Governorate } from './geo';
import { formatIssues, importedFeature, isRealDate, unstated, type OperationFeature } from './operation-schema';

export interface RowError {
  line: number;
  /** Feature number (GeoJSON, 1-based) or data row number (CSV, 1-based). */
  row: number;
  reason: string;
}

export interface ParsedDataset {
  name: string;
  format: 'geojson' | 'csv';
  operations: OperationFeature[];
  errors: RowError[];
  synthetic: boolean;
}

export class DatasetError extends Error {}

/** Line number (1-based) of each feature's start in a GeoJSON text, found by its `"Feature"` type tag. */
function featureLines(text: string): number[] {
  const lines: number[] = [];
  const re = /"type"\s*:\s*"Feature"/g;
  let line = 1;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = at; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    at = m.index;
    lines.push(line);
  }
  return lines;
}

function fromGeoJson(name: string, text: string): ParsedDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const fc = json as { type?: unknown; features?: unknown; synthetic?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new DatasetError(`${name}: expected a GeoJSON FeatureCollection with a "features" array`);
  const lines = featureLines(text);
  const operations: OperationFeature[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  fc.features.forEach((f: unknown, i: number) => {
    const r = importedFeature.safeParse(f);
    const line = lines[i] ?? 1;
    if (!r.success) errors.push({ line, row: i + 1, reason: formatIssues(r.error).slice(0, 3).join('; ') });
    else if (r.data.id !== r.data.properties.id)
      errors.push({ line, row: i + 1, reason: 'id: differs from properties.id' });
    else if (seen.has(r.data.id)) errors.push({ line, row: i + 1, reason: `id: duplicate id "${r.data.id}"` });
    else {
      seen.add(r.data.id);
      operations.push(r.data);
    }
  });
  return { name, format: 'geojson', operations, errors, synthetic: fc.synthetic === true };
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
const text = (v: string | undefined) => (v ?? '').trim();

/** One CSV row → a candidate feature (validated afterwards); lon, lat and date are required columns. */
function rowToFeature(row: Record<string, string>, n: number, name: string, govs: Governorate[]): unknown {
  const lon = Number(row.lon);
  const lat = Number(row.lat);
  const date = text(row.date);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || row.lon === '' || row.lat === '')
    throw new DatasetError(`lon/lat: not numbers ("${row.lon}", "${row.lat}")`);
  if (!isRealDate(date)) throw new DatasetError(`date: "${date}" is not a YYYY-MM-DD calendar date`);
  const gov = text(row.governorate) || governorateAt([lon, lat], govs)?.iso;
  if (!gov)
    throw new DatasetError(`lon/lat: (${lon}, ${lat}) lies outside Syria and no governorate column says otherwise`);
  const id = text(row.id) || `${name.replace(/\W+/g, '-')}-${n}`;
  const place = text(row.place_en) || text(row.place_ar) || `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
  const int = (v: string | undefined) => (text(v) === '' ? null : Number(v));
  const quote = text(row.quote_ar);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      ...unstated(),
      id,
      date,
      date_end: text(row.date_end) || null,
      date_precision: text(row.date_precision) || 'day',
      date_disputed: false,
      year: Number(date.slice(0, 4)),
      type: text(row.type) || 'raid',
      actors: list(row.actors).length ? list(row.actors) : ['coalition'],
      target: text(row.target) || null,
      place_id: text(row.place_id) || `import:${id}`,
      place_ar: text(row.place_ar) || place,
      place_en: text(row.place_en) || place,
      place_note_en: `Imported from ${name}, row ${n}`,
      place_note_ar: `مستورد من ${name}، الصف ${n}`,
      governorate: gov,
      location_precision: text(row.location_precision) || 'village',
      killed_min: int(row.killed_min),
      killed_max: int(row.killed_max),
      captured_min: int(row.captured_min),
      captured_max: int(row.captured_max),
      freed_min: int(row.freed_min),
      freed_max: int(row.freed_max),
      evacuated_min: int(row.evacuated_min),
      evacuated_max: int(row.evacuated_max),
      title_ar: text(row.title_ar) || text(row.title_en) || place,
      title_en: text(row.title_en) || text(row.title_ar) || place,
      summary_ar: text(row.summary_ar),
      summary_en: text(row.summary_en),
      confidence: text(row.confidence) || 'medium',
      airborne_explicit: text(row.airborne_explicit).toLowerCase() !== 'false',
      sources: quote
        ? [
            {
              article_id: text(row.article_id) || name,
              outlet: text(row.outlet) || name,
              outlet_ar: text(row.outlet) || name,
              url: text(row.url),
              published: text(row.published) || date,
              published_end: null,
              published_precision: 'exact',
              quote_ar: quote,
            },
          ]
        : [],
    },
  };
}

function fromCsv(name: string, csv: string, govs: Governorate[]): ParsedDataset {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const fields = parsed.meta.fields ?? [];
  const missing = ['lon', 'lat', 'date'].filter((c) => !fields.includes(c));
  if (missing.length)
    throw new DatasetError(
      `${name}: missing required column(s) ${missing.join(', ')} (found: ${fields.join(', ') || 'none'})`,
    );
  const operations: OperationFeature[] = [];
  const errors: RowError[] = parsed.errors.map((e) => ({
    line: (e.row ?? 0) + 2,
    row: (e.row ?? 0) + 1,
    reason: e.message,
  }));
  const bad = new Set(errors.map((e) => e.row));
  const seen = new Set<string>();
  parsed.data.forEach((row, i) => {
    const n = i + 1;
    if (bad.has(n)) return;
    const line = n + 1;
    try {
      const r = importedFeature.safeParse(rowToFeature(row, n, name, govs));
      if (!r.success) errors.push({ line, row: n, reason: formatIssues(r.error).slice(0, 3).join('; ') });
      else if (seen.has(r.data.id)) errors.push({ line, row: n, reason: `id: duplicate id "${r.data.id}"` });
      else {
        seen.add(r.data.id);
        operations.push(r.data);
      }
    } catch (e) {
      errors.push({ line, row: n, reason: e instanceof Error ? e.message : String(e) });
    }
  });
  return { name, format: 'csv', operations, errors: errors.sort((a, b) => a.line - b.line), synthetic: false };
}

/** Parses a dataset file by its name (`.csv` → CSV, otherwise GeoJSON). Throws DatasetError when unusable. */
export function parseDataset(name: string, content: string, govs: Governorate[]): ParsedDataset {
  if (!content.trim()) throw new DatasetError(`${name}: the file is empty`);
  if (content.includes('\u0000')) throw new DatasetError(`${name}: looks like a binary file, not GeoJSON or CSV`);
  const ds =
    /\.csv$/i.test(name) || !content.trimStart().startsWith('{')
      ? fromCsv(name, content, govs)
      : fromGeoJson(name, content);
  ds.operations.sort((a, b) =>
    a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0,
  );
  return ds;
}
