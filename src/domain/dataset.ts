/**
 * Analysts' own datasets: a GeoJSON FeatureCollection in the published format, or a CSV with lon/lat/date
 * columns mapped onto it. Every feature or row is checked with the operation schema and the data build's rules;
 * refused ones are listed with their physical line and structured issues (never silently dropped), and the valid
 * rest can be explored. A file that cannot be used at all throws a DatasetError saying why.
 */
import { fromCsv } from './dataset-csv';
import type { HeaderNames } from './dataset-csv-columns';
import { fromGeoJson } from './dataset-geojson';
import { DatasetError, type RowError } from './dataset-issues';
import { decodeUtf8 } from './dataset-utf8';
import type { Governorate } from './geo';
import type { OperationFeature } from './operation-schema';
import { today } from './dates';

export { DatasetError, today };
export type { RowError };

export interface ParsedDataset {
  name: string;
  format: 'geojson' | 'csv';
  operations: OperationFeature[];
  errors: RowError[];
  synthetic: boolean;
  /** The version the file names for itself (an export's `data_version`), else null. */
  version?: string | null;
}

function decode(name: string, content: string | Uint8Array): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  const decoded = decodeUtf8(content);
  if ('badLine' in decoded) throw new DatasetError(name, { code: 'invalidUtf8', line: decoded.badLine });
  return decoded.text;
}

/**
 * Parses a dataset file by its name (`.csv` → CSV, otherwise GeoJSON unless it does not start with `{`).
 * Bytes are decoded as strict UTF-8. `govs` are the governorate polygons every point is checked against;
 * `headers` the CSV header names known besides the column ids (the export's labels in both UI languages).
 */
export function parseDataset(
  name: string,
  content: string | Uint8Array,
  govs: Governorate[],
  options: { today?: string; headers?: HeaderNames } = {},
): ParsedDataset {
  if (!govs.length) throw new Error('parseDataset: the governorate polygons are required to check places');
  const text = decode(name, content);
  if (!text.trim()) throw new DatasetError(name, { code: 'empty' });
  if (text.includes('\u0000')) throw new DatasetError(name, { code: 'binary' });
  const ctx = { govs, today: options.today ?? today() };
  const csv = /\.csv$/i.test(name) || !text.trimStart().startsWith('{');
  const rows = csv ? fromCsv(name, text, ctx, options.headers) : fromGeoJson(name, text, ctx);
  sortByDate(rows.operations);
  return { name, format: csv ? 'csv' : 'geojson', ...rows };
}

/** Operations in date order (stable: equal dates keep the file's order), as every reader of a dataset returns them. */
export function sortByDate(operations: OperationFeature[]): OperationFeature[] {
  return operations.sort((a, b) =>
    a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0,
  );
}
