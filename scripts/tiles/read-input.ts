/**
 * Reads the build's input with the app's own importer: a GeoJSON FeatureCollection in the published format is
 * streamed (dataset-reader.ts: the same checks and lines as `parseDataset`, for files past what one string can
 * hold); a CSV, or a GeoJSON the stream cannot follow, goes through `parseDataset` whole, which also names the
 * exact problem of a file that cannot be used. Valid operations go to `onOperation` in input order.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDataset } from '../../src/domain/dataset';
import { datasetReader } from '../../src/domain/dataset-reader';
import type { RowError } from '../../src/domain/dataset-issues';
import type { Governorate } from '../../src/domain/geo';
import type { OperationFeature } from '../../src/domain/operation-schema';
import { EXPORT_HEADER_NAMES } from '../../src/features/datasets/csv-headers';

/** Beyond this, a file cannot be one JavaScript string: only the stream can read it. */
const WHOLE_MAX = 400 * 1024 * 1024;

export interface ReadResult {
  format: 'geojson' | 'csv';
  synthetic: boolean;
  version: string | null;
  errors: RowError[];
}

/**
 * `fresh()` is called before operations are (re)sent: when the stream gives up halfway, the whole-file parse
 * sends them again from the start.
 */
export function readInput(
  path: string,
  govs: Governorate[],
  fresh: () => (op: OperationFeature) => void,
  progress: (bytes: number, rows: number) => void = () => {},
): ReadResult {
  const name = basename(path);
  const size = statSync(path).size;
  const reader = datasetReader(name, govs, { onOperation: fresh() });
  if (reader.streaming()) {
    const fd = openSync(path, 'r');
    const buf = new Uint8Array(8 << 20);
    try {
      for (let at = 0, got = 1; got > 0 && reader.streaming(); at += got) {
        got = readSync(fd, buf, 0, buf.length, at);
        reader.push(buf.subarray(0, got));
        progress(at + got, reader.rows());
      }
    } finally {
      closeSync(fd);
    }
  }
  const done = reader.finish();
  if (done) return { format: 'geojson', synthetic: done.synthetic, version: done.version ?? null, errors: done.errors };
  if (size > WHOLE_MAX)
    throw new Error(`${name}: not a plain GeoJSON FeatureCollection, and too large (${size} bytes) to read whole`);
  const parsed = parseDataset(name, readFileSync(path), govs, { headers: EXPORT_HEADER_NAMES });
  const add = fresh();
  for (const op of parsed.operations) add(op);
  return { format: parsed.format, synthetic: parsed.synthetic, version: parsed.version ?? null, errors: parsed.errors };
}
