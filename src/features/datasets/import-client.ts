/**
 * Opens a local dataset file in the import worker and puts the dataset back together on the page: operations
 * arrive in batches while the file is still being checked (each batch a short task), then in date order at the
 * end. `cancel` ends the worker at once; nothing it found reaches the page.
 */
import type { ParsedDataset } from '../../domain/dataset';
import type { DatasetFailure } from '../../domain/dataset-issues';
import type { Governorate } from '../../domain/geo';
import type { OperationFeature } from '../../domain/operation-schema';
import type { ImportMessage, ImportProgress, ImportRequest } from './import-protocol';

export interface ImportHandlers {
  onProgress: (progress: ImportProgress) => void;
  onDone: (dataset: ParsedDataset) => void;
  onFailed: (failure: DatasetFailure) => void;
}

/** The operations in date order: `order` lists file positions by date; null when they came sorted. */
export function inDateOrder(found: OperationFeature[], order: Uint32Array | null): OperationFeature[] {
  return order ? Array.from(order, (i) => found[i]) : found;
}

export function startImport(file: File, govs: Governorate[], on: ImportHandlers): { cancel: () => void } {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let found: OperationFeature[] = [];
  worker.onmessage = (e: MessageEvent<ImportMessage>) => {
    const m = e.data;
    if (m.type === 'progress') on.onProgress(m);
    else if (m.type === 'operations') for (const op of m.operations) found.push(op);
    else if (m.type === 'restart') found = [];
    else {
      worker.terminate();
      if (m.type === 'failed') on.onFailed(m.failure);
      else on.onDone({ ...m.dataset, operations: inDateOrder(found, m.order) });
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    on.onFailed({ file: file.name, problem: { code: 'other', message: e.message || 'the import worker failed' } });
  };
  worker.postMessage({ file, govs } satisfies ImportRequest);
  return { cancel: () => worker.terminate() };
}
