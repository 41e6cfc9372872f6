/**
 * An analyst's CSV of events: `lon,lat,date` plus optional columns named like the published properties, mapped
 * onto the published format and checked like any feature. Each refused row is named by the physical line where
 * it starts (quoted newlines and blank lines counted) and its issues by the CSV's own column names. A CSV the atlas
 * exported re-opens too: translated headers, neutralised cells and joined sources (dataset-csv-columns.ts,
 * dataset-csv-sources.ts), its `synthetic` and `data_version` columns becoming the dataset's.
 */
import { checkFeature } from './dataset-check';
import { columnIds, unneutralise, type HeaderNames } from './dataset-csv-columns';
import { guessDelimiter, scanCsv, type CsvRecord } from './dataset-csv-scan';
import { csvSources, severalSources } from './dataset-csv-sources';
import type { DatasetRows } from './dataset-geojson';
import { DatasetError, type RowError, type RowIssue } from './dataset-issues';
import { lineIndex } from './dataset-lines';
import type { RuleContext } from './dataset-rules';
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

/** `properties.x.y` → column `x`; the coordinates → `lon`/`lat`; a source's fields → their columns. */
function columnOf(path: string): string[] {
  if (path === 'geometry.coordinates') return ['lon', 'lat'];
  if (path === 'geometry.coordinates.0') return ['lon'];
  if (path === 'geometry.coordinates.1') return ['lat'];
  if (path === 'properties.year') return ['date'];
  const source = /^properties\.sources\.\d+\.(\w+)/.exec(path);
  if (source) return [source[1] === 'outlet_ar' ? 'outlet' : source[1]];
  return [/^properties\.(\w+)/.exec(path)?.[1] ?? path];
}

/** One CSV row → a candidate feature (checked afterwards). */
function toCandidate(row: Row, n: number, name: string, ctx: RuleContext, sources: unknown[]): unknown {
  const lon = num(row.lon);
  const lat = num(row.lat);
  const date = text(row.date);
  // Without a governorate cell, the governorate around the point (or the nearest: the rules then say how far).
  const located = () => (Number.isFinite(lon + lat) ? nearestGovernorate([lon, lat], ctx.govs)?.gov.iso : '');
  const gov = text(row.governorate) || located() || '';
  const id = text(row.id) || `${name.replace(/\W+/g, '-')}-${n}`;
  const place = text(row.place_en) || text(row.place_ar) || `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
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
      date_disputed: text(row.date_disputed).toLowerCase() === 'true',
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
      sources,
    },
  };
}

interface Header {
  /** The column id of each header cell (dataset-csv-columns.ts). */
  ids: string[];
  /** Each header cell as the file writes it: issues name columns so. */
  names: string[];
}

function header(name: string, record: CsvRecord | undefined, lineOf: (o: number) => number, known?: HeaderNames) {
  if (!record) throw new DatasetError(name, { code: 'empty' });
  if (record.quote) throw new DatasetError(name, { code: 'headerQuote', line: lineOf(record.start) });
  const names = record.fields.map((f) => unneutralise(f).trim());
  const ids = columnIds(names, known);
  const missing = ['lon', 'lat', 'date'].filter((c) => !ids.includes(c));
  if (missing.length) throw new DatasetError(name, { code: 'missingColumns', missing, found: names });
  const twice = new Set(ids.filter((id, i) => id !== '' && ids.indexOf(id) !== i));
  if (twice.size)
    throw new DatasetError(name, {
      code: 'duplicateColumns',
      columns: [...new Set(names.filter((_, i) => twice.has(ids[i])))],
    });
  return { ids, names } satisfies Header;
}

/** The dataset's own version: the one `data_version` its rows agree on (an export writes it on every row). */
const versionOf = (versions: Set<string>) => {
  const [only] = versions;
  // The export writes "unversioned" where the browser could not hash: no version then, as for any file.
  return versions.size === 1 && only !== 'unversioned' ? only : null;
};

export function fromCsv(
  name: string,
  csv: string,
  ctx: RuleContext,
  known?: HeaderNames,
): DatasetRows & { synthetic: boolean; version: string | null } {
  const lineOf = lineIndex(csv);
  const [head, ...records] = scanCsv(csv, guessDelimiter(csv));
  const { ids, names } = header(name, head, lineOf, known);
  const shown = (id: string) => names[ids.indexOf(id)] ?? id;
  const operations: DatasetRows['operations'] = [];
  const errors: RowError[] = [];
  const firstLine = new Map<string, number>();
  const versions = new Set<string>();
  let synthetic = false;
  records.forEach((record, i) => {
    const n = i + 1;
    const line = lineOf(record.start);
    const refuse = (issues: RowIssue[]) => errors.push({ line, row: n, issues });
    if (record.quote) return refuse([{ code: record.quote, field: '' }]);
    if (record.fields.length !== ids.length)
      return refuse([{ code: 'fieldCount', field: '', expected: ids.length, found: record.fields.length }]);
    const row: Row = Object.fromEntries(ids.map((c, k) => [c, unneutralise(record.fields[k])]));
    // Any row saying so makes the dataset synthetic: never mistaken for real events.
    if (text(row.synthetic).toLowerCase() === 'true') synthetic = true;
    if (text(row.data_version)) versions.add(text(row.data_version));
    const { sources, issues: pre } = csvSources(row, { name, date: text(row.date) });
    const { feature, issues } = checkFeature(toCandidate(row, n, name, ctx, sources), ctx, {
      pre,
      rename: (path) => columnOf(path).map(shown).join(', '),
      raw: (field) => {
        const id = ids[names.indexOf(field)];
        return id === undefined || severalSources(row, id) ? undefined : row[id];
      },
    });
    // Without a governorate cell, the governorate follows from the point: its issues are the point's.
    if (!feature)
      return refuse(text(row.governorate) ? issues : issues.filter((x) => x.field !== shown('governorate')));
    const first = firstLine.get(feature.id);
    if (first !== undefined) return refuse([{ code: 'duplicateId', field: shown('id'), value: feature.id, first }]);
    firstLine.set(feature.id, line);
    operations.push(feature);
  });
  return { operations, errors, synthetic, version: versionOf(versions) };
}
