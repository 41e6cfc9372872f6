/**
 * The import worker's work, without the worker (tests run it directly): a local file read chunk by chunk from
 * `file.stream()`. A plain GeoJSON FeatureCollection is cut into batches of features as it arrives, and the
 * batches are checked by a pool of checker workers at once (dataset-batches.ts: the same rows, lines and issues
 * as `parseDataset`); the checkers send each batch's valid operations straight to the page. Anything else is read
 * whole and checked by `parseDataset`, which names the exact problem of a file that cannot be used.
 */
import {
  BatchBuilder,
  BatchMerge,
  checkBatch,
  type BatchSummary,
  type FeatureBatch,
} from '../../domain/dataset-batches';
import { parseDataset, today as todayOf } from '../../domain/dataset';
import type { HeaderNames } from '../../domain/dataset-csv-columns';
import { collectionMembers } from '../../domain/dataset-geojson';
import type { FileProblem } from '../../domain/dataset-issues';
import { featureBytes } from '../../domain/dataset-reader';
import type { RuleContext } from '../../domain/dataset-rules';
import type { ImportMessage, ImportPhase } from './import-protocol';

/**
 * Whoever checks the batches: checker workers (checker-pool.ts), or this thread. Each batch's valid operations
 * go to the page as an `operations` message with the batch's `seq`; `check` resolves with its summary.
 */
export interface CheckerPool {
  /** Batches out at once before the reader waits for one to come back. */
  capacity: number;
  check(batch: FeatureBatch): Promise<BatchSummary>;
}

export interface ImportOptions {
  headers: HeaderNames;
  today?: string;
  /** Features per batch (and operations per message). */
  batch?: number;
  /** At most one progress message per this many milliseconds (the last one always goes). */
  progressEvery?: number;
  /** Default: this thread checks each batch as it is sent. */
  pool?: CheckerPool;
}

type Post = (message: ImportMessage, transfer?: Transferable[]) => void;

/** Batches checked here, one after the other (a CSV's import, a browser without workers, tests). */
export function localPool(ctx: RuleContext, post: Post): CheckerPool {
  return {
    capacity: 1,
    check(batch) {
      const { ops, summary } = checkBatch(batch, ctx);
      post({ type: 'operations', seq: batch.seq, operations: ops });
      return Promise.resolve(summary);
    },
  };
}

/** The whole file, read chunk by chunk with progress (a CSV, or a GeoJSON the stream could not follow). */
async function readWhole(file: Blob, progress: (bytes: number) => void): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  let at = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, at);
    at += value.length;
    progress(at);
  }
  return out.subarray(0, at);
}

export async function importFile(
  { file, govs }: { file: File; govs: RuleContext['govs'] },
  post: Post,
  options: ImportOptions,
): Promise<void> {
  const { headers, batch = 1000, progressEvery = 50 } = options;
  const today = options.today ?? todayOf();
  const total = file.size;
  let last = -Infinity;
  const progress = (phase: ImportPhase, bytes: number, rows: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < progressEvery) return;
    last = now;
    post({ type: 'progress', phase, bytes, total, rows });
  };
  try {
    if (!govs.length) throw new Error('parseDataset: the governorate polygons are required to check places');
    const pool = options.pool ?? localPool({ govs, today }, post);
    const merge = new BatchMerge();
    let unparsable = false;
    /** Bytes read when each batch was complete: the progress once it is merged. */
    const readAt: number[] = [];
    const out = new Set<Promise<void>>();
    const building = new BatchBuilder();
    /** Batches sent, and the row of the next batch's first feature. */
    let sent = 0;
    let firstRow = 1;
    const send = () => {
      if (!building.lines.length) return;
      const { json, lines } = building.take();
      const batch: FeatureBatch = { seq: sent++, firstRow, json, lines };
      firstRow += lines.length;
      const back: Promise<void> = pool.check(batch).then((summary) => {
        out.delete(back);
        unparsable ||= summary.unparsable;
        merge.add(summary);
        progress('streaming', readAt[merge.next - 1] ?? 0, merge.rows);
      });
      out.add(back);
    };
    const reader = featureBytes(file.name, (bytes, line) => {
      building.add(bytes, line);
      if (building.lines.length >= batch) send();
    });
    let bytes = 0;
    if (reader.streaming()) {
      const stream = file.stream().getReader();
      for (;;) {
        const { done, value } = await stream.read();
        if (done) break;
        const before = sent;
        reader.push(value);
        bytes += value.length;
        for (let seq = before; seq < sent; seq++) readAt[seq] = bytes;
        while (out.size >= pool.capacity && !unparsable) await Promise.race(out);
        if (!reader.streaming() || unparsable) {
          await stream.cancel();
          break;
        }
        progress('streaming', readAt[merge.next - 1] ?? 0, merge.rows);
      }
    }
    const members = unparsable ? null : reader.end();
    if (members) {
      send();
      readAt[sent - 1] = total;
      await Promise.all(out);
    }
    if (members && !unparsable) {
      const { errors, order } = merge.finish();
      progress('streaming', total, merge.rows, true);
      const dataset = { name: file.name, format: 'geojson' as const, errors, ...collectionMembers(members) };
      post({ type: 'done', dataset, order, batches: sent }, [order.buffer]);
      return;
    }
    await Promise.all(out);
    if (sent) post({ type: 'restart' });
    const whole = await readWhole(file, (at) => progress('reading', at, 0));
    progress('checking', total, 0, true);
    const { operations, ...dataset } = parseDataset(file.name, whole, govs, { headers, today });
    let seq = 0;
    for (let i = 0; i < operations.length; i += batch) {
      post({ type: 'operations', seq: seq++, operations: operations.slice(i, i + batch) });
    }
    post({ type: 'done', dataset, order: null, batches: seq });
  } catch (e) {
    // A DatasetError carries the file and the problem; anything else is told as it is.
    const refusal = e as { name?: string; file?: string; problem?: FileProblem };
    post({
      type: 'failed',
      failure:
        refusal.name === 'DatasetError' && refusal.file && refusal.problem
          ? { file: refusal.file, problem: refusal.problem }
          : { file: file.name, problem: { code: 'other', message: e instanceof Error ? e.message : String(e) } },
    });
  }
}
