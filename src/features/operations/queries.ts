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
    queryFn: async ({ signal }) => {
      // The issue texts load with the dataset code, not at start.
      const { fileProblemEnglish } = await import('../../domain/dataset-issues');
      const refused = (problem: FileProblem) => new DataLoadError(path!, fileProblemEnglish(problem), problem);
      const url = new URL(path!, window.location.href);
      if (url.origin !== window.location.origin) throw refused({ code: 'crossOrigin' });
      let res: Response;
      try {
        res = await fetch(url, { signal });
      } catch (e) {
        throw refused({ code: 'requestFailed', message: e instanceof Error ? e.message : String(e) });
      }
      if (!res.ok) throw refused({ code: 'http', status: res.status });
      // Bytes, so that the parser can refuse invalid UTF-8 instead of reading replacement characters.
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().startsWith('<'))
        throw refused({ code: 'htmlPage' });
      // The parser loads only when another dataset is opened; every point is checked against the governorates.
      const [{ DatasetError, parseDataset }, { EXPORT_HEADER_NAMES }, govs] = await Promise.all([
        import('../../domain/dataset'),
        // The export's headers in both languages (both locale files): only when a dataset is opened.
        import('../datasets/csv-headers'),
        fetchGovernorates(),
      ]);
      try {
        return parseDataset(url.pathname.split('/').pop() || path!, bytes, govs, { headers: EXPORT_HEADER_NAMES });
      } catch (e) {
        if (e instanceof DatasetError) throw refused(e.problem);
        throw e;
      }
    },
  });
