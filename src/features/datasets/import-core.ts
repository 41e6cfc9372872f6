/**
 * The import worker's work, without the worker (tests run it directly): a local file read chunk by chunk from
 * `file.stream()`, checked as it arrives when it is a plain GeoJSON FeatureCollection (dataset-reader.ts, the
 * same rows, lines and issues as `parseDataset`), else read whole and checked by `parseDataset`, which names the
 * exact problem of a file that cannot be used. Valid operations go out in batches as they are found, so the page
 * receives them in small pieces (each a short task) while the rest is still being checked.
 */
import { parseDataset } from '../../domain/dataset';
import type { HeaderNames } from '../../domain/dataset-csv-columns';
import type { FileProblem } from '../../domain/dataset-issues';
import { datasetReader } from '../../domain/dataset-reader';
import type { OperationFeature } from '../../domain/operation-schema';
import type { ImportMessage, ImportPhase, ImportRequest } from './import-protocol';

export interface ImportOptions {
  headers: HeaderNames;
  today?: string;
  /** Operations per message. */
  batch?: number;
  /** At most one progress message per this many milliseconds (the last one always goes). */
  progressEvery?: number;
}

type Post = (message: ImportMessage, transfer?: Transferable[]) => void;

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

export async function importFile({ file, govs }: ImportRequest, post: Post, options: ImportOptions): Promise<void> {
  const { headers, today, batch = 1000, progressEvery = 50 } = options;
  const total = file.size;
  let last = -Infinity;
  const progress = (phase: ImportPhase, bytes: number, rows: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < progressEvery) return;
    last = now;
    post({ type: 'progress', phase, bytes, total, rows });
  };
  let pending: OperationFeature[] = [];
  let sent = 0;
  const flush = () => {
    if (!pending.length) return;
    post({ type: 'operations', operations: pending });
    sent += pending.length;
    pending = [];
  };
  const add = (op: OperationFeature) => {
    if (pending.push(op) >= batch) flush();
  };
  try {
    const reader = datasetReader(file.name, govs, { today, onOperation: add });
    let bytes = 0;
    if (reader.streaming()) {
      const stream = file.stream().getReader();
      for (;;) {
        const { done, value } = await stream.read();
        if (done) break;
        reader.push(value);
        bytes += value.length;
        if (!reader.streaming()) {
          await stream.cancel();
          break;
        }
        progress('streaming', bytes, reader.rows());
      }
    }
    const streamed = reader.finish();
    if (streamed) {
      flush();
      progress('streaming', total, reader.rows(), true);
      // `operations` is empty: `onOperation` took them, and they went out in batches.
      const { order, name, format, errors, synthetic, version } = streamed;
      post({ type: 'done', dataset: { name, format, errors, synthetic, version }, order }, [order.buffer]);
      return;
    }
    pending = [];
    if (sent) post({ type: 'restart' });
    const whole = await readWhole(file, (at) => progress('reading', at, 0));
    progress('checking', total, 0, true);
    const { operations, ...dataset } = parseDataset(file.name, whole, govs, { headers, today });
    operations.forEach(add);
    flush();
    post({ type: 'done', dataset, order: null });
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
