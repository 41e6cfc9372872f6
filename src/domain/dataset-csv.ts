/**
 * An analyst's CSV of events: `lon,lat,date` plus optional columns named like the published properties, mapped
 * onto the published format and checked like any feature. Each refused row is named by the physical line where
 * it starts (quoted newlines and blank lines counted) and its issues by the CSV's own column names.
 */
import { checkFeature } from './dataset-check';
import { guessDelimiter, scanCsv, type CsvRecord } from './dataset-csv-scan';
import type { DatasetRows } from './dataset-geojson';
import { DatasetError, type RowError, type RowIssue } from './dataset-issues';
import { lineIndex } from './dataset-lines';
import { urlIssue, type RuleContext } from './dataset-rules';
import { nearestGovernorate } from './geo-distance';
import { unstated } from './operation-schema';

type Row = Record<string, string>;

const list = (v: string | undefined) =>
  (v ?? '')
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
const text = (v: string | undefined) => (v ?? '').trim();
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const num = (v: string | undefined) => (DECIMAL.test(text(v)) ? Number(text(v)) : NaN);
const int = (v: string | undefined) => (text(v) === '' ? null : num(v));

/** `properties.x.y` → column `x`; the coordinates → `lon`/`lat`; the one source's fields → their columns. */
function columnOf(path: string): string {
  if (path === 'geometry.coordinates') return 'lon, lat';
  if (path === 'geometry.coordinates.0') return 'lon';
  if (path === 'geometry.coordinates.1') return 'lat';
  if (path === 'properties.year') return 'date';
  const source = /^properties\.sources\.0\.(\w+)/.exec(path);
  if (source) return source[1] === 'outlet_ar' ? 'outlet' : source[1];
  return /^properties\.(\w+)/.exec(path)?.[1] ?? path;
}

/** One CSV row → a candidate feature (checked afterwards). */
function toCandidate(row: Row, n: number, name: string, ctx: RuleContext): unknown {
  const lon = num(row.lon);
  const lat = num(row.lat);
  const date = text(row.date);
  // Without a governorate cell, the governorate around the point (or the nearest: the rules then say how far).
  const located = () => (Number.isFinite(lon + lat) ? nearestGovernorate([lon, lat], ctx.govs)?.gov.iso : '');
  const gov = text(row.governorate) || located() || '';
  const id = text(row.id) || `${name.replace(/\W+/g, '-')}-${n}`;
  const place = text(row.place_en) || text(row.place_ar) || `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
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

function header(name: string, record: CsvRecord | undefined, lineOf: (offset: number) => number): string[] {
  if (!record) throw new DatasetError(name, { code: 'empty' });
  if (record.quote) throw new DatasetError(name, { code: 'headerQuote', line: lineOf(record.start) });
  const fields = record.fields.map((f) => f.trim());
  const missing = ['lon', 'lat', 'date'].filter((c) => !fields.includes(c));
  if (missing.length) throw new DatasetError(name, { code: 'missingColumns', missing, found: fields });
  const twice = [...new Set(fields.filter((f, i) => f !== '' && fields.indexOf(f) !== i))];
  if (twice.length) throw new DatasetError(name, { code: 'duplicateColumns', columns: twice });
  return fields;
}

export function fromCsv(name: string, csv: string, ctx: RuleContext): DatasetRows {
  const lineOf = lineIndex(csv);
  const [head, ...records] = scanCsv(csv, guessDelimiter(csv));
  const columns = header(name, head, lineOf);
  const operations: DatasetRows['operations'] = [];
  const errors: RowError[] = [];
  const firstLine = new Map<string, number>();
  records.forEach((record, i) => {
    const n = i + 1;
    const line = lineOf(record.start);
    const refuse = (issues: RowIssue[]) => errors.push({ line, row: n, issues });
    if (record.quote) return refuse([{ code: record.quote, field: '' }]);
    if (record.fields.length !== columns.length)
      return refuse([{ code: 'fieldCount', field: '', expected: columns.length, found: record.fields.length }]);
    const row: Row = Object.fromEntries(columns.map((c, k) => [c, record.fields[k]]));
    const url = urlIssue('url', row.url);
    const { feature, issues } = checkFeature(toCandidate(row, n, name, ctx), ctx, {
      pre: url ? [url] : [],
      rename: columnOf,
      raw: (field) => row[field],
    });
    // Without a governorate cell, the governorate follows from the point: its issues are the point's.
    if (!feature) return refuse(text(row.governorate) ? issues : issues.filter((x) => x.field !== 'governorate'));
    const first = firstLine.get(feature.id);
    if (first !== undefined) return refuse([{ code: 'duplicateId', field: 'id', value: feature.id, first }]);
    firstLine.set(feature.id, line);
    operations.push(feature);
  });
  return { operations, errors };
}
