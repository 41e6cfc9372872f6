/// <reference lib="webworker" />
/** The data worker: fetches and validates the published files (validate.ts) and posts the results back. */
import { fetchValidated, type FileKind } from './validate';

self.onmessage = async (e: MessageEvent<{ id: number; url: string; kind: FileKind }>) => {
  const { id, url, kind } = e.data;
  self.postMessage({ id, result: await fetchValidated(url, kind) });
};
