/**
 * Fetching the published data (meta.json, then operations.geojson keyed by its content version) and validating
 * it with the shared schema. Failures become a DataLoadError naming the file and what is wrong with it; a refused
 * `data=` dataset also carries the structured problem, which the error page translates like the file banner.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ParsedDataset } from '../../domain/dataset';
import type { FileProblem } from '../../domain/dataset-issues';
import { parseGovernorates, type Governorate } from '../../domain/geo';
import type { Meta } from '../../domain/meta-schema';
import type { OperationCollection, PublishedArticle } from '../../domain/operation-schema';
import type { FileKind, Validated } from './validate';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    /** Why a `data=` dataset was refused, for the UI to say in its language. */
    readonly problem?: FileProblem,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (r: Validated) => void>();

/**
 * Fetches a published JSON file and validates it with the shared schema, in the data worker (zod and the parse
 * of a large file stay off the main thread and out of the start bundle). Failures become a DataLoadError naming
 * the file and what is wrong with it.
 */
export async function fetchJson<T>(url: string, kind: FileKind, signal?: AbortSignal): Promise<T> {
  if (!worker) {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; result: Validated }>) => {
      waiting.get(e.data.id)?.(e.data.result);
      waiting.delete(e.data.id);
    };
  }
  const id = next++;
  const absolute = new URL(url, document.baseURI).href;
  const result = await new Promise<Validated>((resolve, reject) => {
    waiting.set(id, resolve);
    signal?.addEventListener('abort', () => {
      waiting.delete(id);
      reject(signal.reason);
    });
    worker!.postMessage({ id, url: absolute, kind });
  });
  if (!result.ok) throw new DataLoadError(url.replace(/\?.*$/, ''), result.detail);
  return result.data as T;
}

const dataUrl = (name: string) => `${import.meta.env.BASE_URL}data/${name}`;

export const metaQuery = () =>
  queryOptions<Meta>({
    queryKey: ['meta'],
    queryFn: ({ signal }) => fetchJson<Meta>(dataUrl('meta.json'), 'meta', signal),
    staleTime: Infinity,
    retry: false,
  });

/** Fetched in parallel with meta.json (not keyed by its version): the first map idle waits on both. */
export const operationsQuery = () =>
  queryOptions<OperationCollection>({
    queryKey: ['operations'],
    queryFn: ({ signal }) => fetchJson<OperationCollection>(dataUrl('operations.geojson'), 'operations', signal),
    staleTime: Infinity,
    retry: false,
  });

export const articleQuery = (id: string, version: string) =>
  queryOptions<PublishedArticle>({
    queryKey: ['article', id, version],
    queryFn: ({ signal }) =>
      fetchJson<PublishedArticle>(dataUrl(`articles/${encodeURIComponent(id)}.json?v=${version}`), 'article', signal),
    staleTime: Infinity,
    retry: false,
  });

/** Governorate polygons of the embedded basemap, for placing CSV rows that carry no governorate. */
export async function fetchGovernorates(): Promise<Governorate[]> {
  const res = await fetch(dataUrl('basemap/governorates.geojson'));
  if (!res.ok) throw new DataLoadError('basemap/governorates.geojson', `HTTP ${res.status}`);
  return parseGovernorates(await res.json());
}

/** Another dataset in the published format from a same-origin path (`data=`), validated feature by feature. */
export const datasetQuery = (path: string | null) =>
  queryOptions<ParsedDataset>({
    queryKey: ['dataset', path],
    enabled: !!path,
    staleTime: Infinity,
    retry: false,
    // Its fetching and checking code loads only when a link names a dataset.
    queryFn: async ({ signal }) => (await import('./fetch-dataset')).fetchDataset(path!, signal),
  });
