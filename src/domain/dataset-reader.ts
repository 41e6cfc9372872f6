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

/**
 * The byte side of the streaming reader: a leading BOM dropped, and each feature's JSON handed to `onFeature` as
 * UTF-8 bytes (valid during the call only) with the line where it starts. `end` gives the other top-level members,
 * or null when the reader gave up (a CSV by its name, a shape the stream does not follow, invalid UTF-8 outside
 * the features; invalid UTF-8 inside one is found by whoever decodes it).
 */
export function featureBytes(name: string, onFeature: (bytes: Uint8Array, line: number) => boolean | void) {
  const stream = new FeatureStream(onFeature);
  let gaveUp = /\.csv$/i.test(name);
  /** The file's first bytes, held until there are three to compare with a BOM. */
  let head: Uint8Array | null = new Uint8Array(0);

  function push(bytes: Uint8Array) {
    if (gaveUp) return;
    if (head) {
      const start: Uint8Array = new Uint8Array(head.length + bytes.length);
      start.set(head);
      start.set(bytes, head.length);
      if (start.length < 3) {
        head = start;
        return;
      }
      head = null;
      bytes = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? start.subarray(3) : start;
    }
    gaveUp = !stream.push(bytes);
  }

  return {
    /** False once the reader gave up: the rest is not read, `end` returns null. */
    streaming: () => !gaveUp,
    push,
    /** The collection's other members once the file is all read, or null when the reader gave up. */
    end(): Record<string, unknown> | null {
      if (head && !gaveUp) {
        const rest = head;
        head = null;
        gaveUp = !stream.push(rest);
      }
      const members = gaveUp ? null : stream.end();
      if (!members || members.get('type') !== 'FeatureCollection' || !stream.seenFeatures) return null;
      return Object.fromEntries(members);
    },
  };
}

export function datasetReader(name: string, govs: Governorate[], options: ReaderOptions = {}) {
  if (!govs.length) throw new Error('parseDataset: the governorate polygons are required to check places');
  const ctx = { govs, today: options.today ?? todayOf() };
  const { errors, check } = featureChecker(ctx);
  /** Valid operations in file order (unless `onOperation` takes them). */
  const operations: OperationFeature[] = [];
  const dates: string[] = [];
  let rows = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts = featureBytes(name, (bytes, line) => {
    let candidate: unknown;
    try {
      candidate = JSON.parse(decoder.decode(bytes));
    } catch {
      return false;
    }
    const op = check(candidate, ++rows, line);
    if (!op) return;
    dates.push(op.properties.date);
    if (options.onOperation) options.onOperation(op);
    else operations.push(op);
  });

  return {
    operations,
    errors,
    /** Features read so far (valid or not). */
    rows: () => rows,
    /** False once the streaming reader gave up: the rest is not read, `finish` returns null. */
    streaming: texts.streaming,
    push: texts.push,
    /** The dataset (operations in date order), or null when `parseDataset` must read the whole file. */
    finish(): (ParsedDataset & { order: Uint32Array }) | null {
      const members = texts.end();
      if (!members) return null;
      const order = dateOrder(dates);
      return {
        name,
        format: 'geojson',
        operations: options.onOperation ? [] : Array.from(order, (i) => operations[i]),
        errors,
        ...collectionMembers(members),
        order,
      };
    },
  };
}
