/// <reference lib="webworker" />
/** The import worker: opens one local dataset file (import-core.ts) and posts progress, operations and the end. */
import { portPool } from './checker-pool';
import { EXPORT_HEADER_NAMES } from './csv-headers';
import { importFile } from './import-core';
import type { ImportRequest } from './import-protocol';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const { ports, today } = e.data;
  void importFile(e.data, (message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }), {
    headers: EXPORT_HEADER_NAMES,
    today,
    pool: ports.length ? portPool(ports) : undefined,
  });
};
