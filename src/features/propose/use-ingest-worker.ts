/**
 * The propose view's ingest worker, created when the view opens (it starts loading the gazetteer index at once)
 * and ended when it closes. `call` sends one request and resolves with its answer.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id' | 'dataUrl'> : never) : never;

const dataUrl = () => new URL(`${import.meta.env.BASE_URL}data/`, location.href).href;

export function useIngestWorker() {
  const ref = useRef<{ worker: Worker; next: number; waiting: Map<number, (r: WorkerResponse) => void> } | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
    const state = { worker, next: 1, waiting: new Map<number, (r: WorkerResponse) => void>() };
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      state.waiting.get(e.data.id)?.(e.data);
      state.waiting.delete(e.data.id);
    };
    ref.current = state;
    worker.postMessage({ id: 0, dataUrl: dataUrl(), kind: 'place', placeId: '' } satisfies WorkerRequest);
    return () => {
      worker.terminate();
      ref.current = null;
    };
  }, []);
  return useCallback((req: Request) => {
    const state = ref.current;
    if (!state) return Promise.reject(new Error('worker not running'));
    const id = state.next++;
    return new Promise<WorkerResponse>((resolve) => {
      state.waiting.set(id, resolve);
      state.worker.postMessage({ ...req, id, dataUrl: dataUrl() } as WorkerRequest);
    });
  }, []);
}
