/**
 * Opens a local dataset file in the import worker, with checker workers beside it that check a GeoJSON's
 * features in batches at once, and puts the dataset back together on the page: operations arrive in batches
 * (each a short task) while the file is still being checked, then in date order at the end. `cancel` ends every
 * worker at once; nothing they found reaches the page.
 */
import type { ParsedDataset } from '../../domain/dataset';
import { today as todayOf } from '../../domain/dates';
import type { DatasetFailure } from '../../domain/dataset-issues';
import type { Governorate } from '../../domain/geo';
import type { OperationFeature } from '../../domain/operation-schema';
import type { CheckerInit, ImportMessage, ImportProgress, ImportRequest } from './import-protocol';

export interface ImportHandlers {
  onProgress: (progress: ImportProgress) => void;
  onDone: (dataset: ParsedDataset) => void;
  onFailed: (failure: DatasetFailure) => void;
}

/** The operations in date order: `order` lists file positions by date; null when they came sorted. */
export function inDateOrder(found: OperationFeature[], order: Uint32Array | null): OperationFeature[] {
  return order ? Array.from(order, (i) => found[i]) : found;
}

/** Checker workers for a GeoJSON: one per core, at most four (a CSV is read whole, by the import worker). */
export function checkerCount(name: string, cores = navigator.hardwareConcurrency || 2): number {
  return /\.csv$/i.test(name) ? 0 : Math.max(1, Math.min(4, cores));
}

/** The page's side of an import: batches laid end to end by `seq`, finished once `done` and all its batches are in. */
export function importAssembler(on: ImportHandlers & { stop: () => void; stopCheckers: () => void }) {
  let batches: OperationFeature[][] = [];
  let received = 0;
  let checkers = true;
  let done: Extract<ImportMessage, { type: 'done' }> | null = null;
  let over = false;
  function finish() {
    if (over || !done || received < done.batches) return;
    over = true;
    on.stop();
    on.onDone({ ...done.dataset, operations: inDateOrder(batches.flat(), done.order) });
  }
  return {
    /** A message from the import worker (`fromChecker` false) or a checker worker. */
    take(m: ImportMessage, fromChecker: boolean) {
      if (over) return;
      if (m.type === 'operations') {
        // After a restart, what a checker still had on its way belongs to the abandoned stream.
        if (fromChecker && !checkers) return;
        batches[m.seq] = m.operations;
        received++;
      } else if (m.type === 'progress') on.onProgress(m);
      else if (m.type === 'restart') {
        checkers = false;
        on.stopCheckers();
        batches = [];
        received = 0;
      } else if (m.type === 'failed') {
        over = true;
        on.stop();
        on.onFailed(m.failure);
        return;
      } else done = m;
      finish();
    },
    /** A worker that could not start or broke down. */
    broke(message: string) {
      if (over) return;
      over = true;
      on.stop();
      on.onFailed({ file: '', problem: { code: 'other', message } });
    },
  };
}

export function startImport(file: File, govs: Governorate[], on: ImportHandlers): { cancel: () => void } {
  const today = todayOf();
  const importer = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const checkers = Array.from(
    { length: checkerCount(file.name) },
    () => new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' }),
  );
  const stopCheckers = () => checkers.forEach((w) => w.terminate());
  const stop = () => {
    importer.terminate();
    stopCheckers();
  };
  const assembler = importAssembler({
    ...on,
    onFailed: (failure) => on.onFailed(failure.file ? failure : { ...failure, file: file.name }),
    stop,
    stopCheckers,
  });
  const broke = (e: ErrorEvent) => assembler.broke(e.message || 'the import worker failed');
  importer.onmessage = (e: MessageEvent<ImportMessage>) => assembler.take(e.data, false);
  importer.onerror = broke;
  const ports = checkers.map((checker) => {
    const channel = new MessageChannel();
    checker.onmessage = (e: MessageEvent<ImportMessage>) => assembler.take(e.data, true);
    checker.onerror = broke;
    checker.postMessage({ govs, today, port: channel.port2 } satisfies CheckerInit, [channel.port2]);
    return channel.port1;
  });
  importer.postMessage({ file, govs, today, ports } satisfies ImportRequest, ports);
  return { cancel: stop };
}
