/**
 * A dataset file read chunk by chunk (a worker reading a File stream, the tiles build reading a file larger than
 * a string can hold), with the same result as `parseDataset` on the whole file: a GeoJSON FeatureCollection is
 * checked feature by feature as its text arrives (dataset-stream.ts), with the same per-feature check and lines.
 * Whenever the streaming reader gives up (a CSV, a syntax error, invalid UTF-8, an unusual shape), `finish`
 * returns null and the caller runs `parseDataset` on the whole file, which says exactly what is wrong.
 */
import { today as todayOf, type ParsedDataset } from './dataset';
import { collectionMembers, featureChecker } from './dataset-geojson';
import { FeatureStream } from './dataset-stream';
import type { Governorate } from './geo';
import type { OperationFeature } from './operation-schema';

export interface ReaderOptions {
  today?: string;
  /** Receives each valid operation in file order instead of the reader keeping it (a build of a million rows). */
  onOperation?: (op: OperationFeature) => void;
}

/** Positions of `ops` in date order (stable: equal dates keep the file's order), as `parseDataset` sorts. */
export function dateOrder(dates: readonly string[]): Uint32Array {
  const order = Uint32Array.from(dates.keys());
  return order.sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : a - b));
}

export function datasetReader(name: string, govs: Governorate[], options: ReaderOptions = {}) {
  if (!govs.length) throw new Error('parseDataset: the governorate polygons are required to check places');
  const ctx = { govs, today: options.today ?? todayOf() };
  const { errors, check } = featureChecker(ctx);
  /** Valid operations in file order (unless `onOperation` takes them). */
  const operations: OperationFeature[] = [];
  const dates: string[] = [];
  let rows = 0;
  const stream = new FeatureStream((text, line) => {
    let candidate: unknown;
    try {
      candidate = JSON.parse(text);
    } catch {
      return false;
    }
    const op = check(candidate, ++rows, line);
    if (!op) return;
    dates.push(op.properties.date);
    if (options.onOperation) options.onOperation(op);
    else operations.push(op);
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let gaveUp = /\.csv$/i.test(name);
  let first = true;

  function pushText(text: string) {
    if (gaveUp) return;
    gaveUp = !stream.push(first ? text.replace(/^\uFEFF/, '') : text);
    first = false;
  }

  return {
    operations,
    errors,
    /** Features read so far (valid or not). */
    rows: () => rows,
    /** False once the streaming reader gave up: the rest is not read, `finish` returns null. */
    streaming: () => !gaveUp,
    push(bytes: Uint8Array) {
      if (gaveUp) return;
      try {
        pushText(decoder.decode(bytes, { stream: true }));
      } catch {
        gaveUp = true;
      }
    },
    pushText,
    /** The dataset (operations in date order), or null when `parseDataset` must read the whole file. */
    finish(): (ParsedDataset & { order: Uint32Array }) | null {
      if (!gaveUp) {
        try {
          pushText(decoder.decode());
        } catch {
          gaveUp = true;
        }
      }
      const members = gaveUp ? null : stream.end();
      if (!members || members.get('type') !== 'FeatureCollection' || !stream.seenFeatures) return null;
      const order = dateOrder(dates);
      return {
        name,
        format: 'geojson',
        operations: options.onOperation ? [] : Array.from(order, (i) => operations[i]),
        errors,
        ...collectionMembers(Object.fromEntries(members)),
        order,
      };
    },
  };
}
