/**
 * The import worker's side of the checker workers (checker.worker.ts): each batch goes to the checker with the
 * fewest batches out, and comes back as its summary (the checker sends the operations to the page itself).
 */
import type { BatchSummary, FeatureBatch } from '../../domain/dataset-batches';
import type { CheckerPool } from './import-core';

/** Batches out per checker: one being checked, one waiting, so that no checker idles between two. */
const PER_CHECKER = 2;

export function portPool(ports: MessagePort[]): CheckerPool {
  const out = ports.map(() => 0);
  const waiting = new Map<number, (summary: BatchSummary) => void>();
  ports.forEach((port, k) => {
    port.onmessage = (e: MessageEvent<BatchSummary>) => {
      out[k]--;
      waiting.get(e.data.seq)?.(e.data);
      waiting.delete(e.data.seq);
    };
  });
  return {
    capacity: ports.length * PER_CHECKER,
    check(batch: FeatureBatch) {
      const k = out.indexOf(Math.min(...out));
      out[k]++;
      ports[k].postMessage(batch, [batch.json.buffer]);
      return new Promise((resolve) => waiting.set(batch.seq, resolve));
    },
  };
}
