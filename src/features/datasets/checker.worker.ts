/// <reference lib="webworker" />
/**
 * A checker worker: parses and checks the batches of features the import worker sends on its port, sends each
 * batch's valid operations to the page and the batch's summary back to the import worker.
 */
import { checkBatch, type FeatureBatch } from '../../domain/dataset-batches';
import type { CheckerInit, ImportMessage } from './import-protocol';

self.onmessage = (e: MessageEvent<CheckerInit>) => {
  const { govs, today, port } = e.data;
  port.onmessage = (m: MessageEvent<FeatureBatch>) => {
    const { ops, summary } = checkBatch(m.data, { govs, today });
    self.postMessage({ type: 'operations', seq: summary.seq, operations: ops } satisfies ImportMessage);
    port.postMessage(summary);
  };
};
