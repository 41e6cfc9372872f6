/** What the import worker (import.worker.ts) and the page say to each other while a local file is opened. */
import type { ParsedDataset } from '../../domain/dataset';
import type { DatasetFailure } from '../../domain/dataset-issues';
import type { Governorate } from '../../domain/geo';
import type { OperationFeature } from '../../domain/operation-schema';

/** To the import worker: the file, and one port to each checker worker (none: the import worker checks). */
export interface ImportRequest {
  file: File;
  govs: Governorate[];
  today: string;
  ports: MessagePort[];
}

/** To a checker worker: what every feature is checked against, and its port to the import worker. */
export interface CheckerInit {
  govs: Governorate[];
  today: string;
  port: MessagePort;
}

/**
 * `streaming`: a GeoJSON checked as it is read (bytes read = work done); `reading`: the whole file read before
 * it is checked at once (a CSV, or a GeoJSON the stream cannot follow); `checking`: that check, no byte count.
 */
export type ImportPhase = 'streaming' | 'reading' | 'checking';

export interface ImportProgress {
  phase: ImportPhase;
  bytes: number;
  total: number;
  /** Rows (features) read so far, valid or not (streaming only). */
  rows: number;
}

export type ImportMessage =
  | ({ type: 'progress' } & ImportProgress)
  /**
   * Valid operations in file order (streaming) or date order (a whole-file check), a batch at a time, from the
   * import worker or a checker worker; batches may arrive out of order and are laid end to end by `seq`.
   */
  | { type: 'operations'; seq: number; operations: OperationFeature[] }
  /** The stream gave up: forget the operations sent so far, the whole file is read again. */
  | { type: 'restart' }
  /**
   * The end: the dataset without its operations (sent in `batches` messages, some perhaps still on their way),
   * and, when they came in file order, the positions of the operations kept in date order.
   */
  | { type: 'done'; dataset: Omit<ParsedDataset, 'operations'>; order: Uint32Array | null; batches: number }
  | { type: 'failed'; failure: DatasetFailure };
