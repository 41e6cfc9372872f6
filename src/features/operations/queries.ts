/**
 * Fetching the published data (meta.json, then operations.geojson keyed by its content version) and validating
 * it with the shared schema. Failures become a DataLoadError naming the file and what is wrong with it; a refused
 * `data=` dataset also carries the structured problem, which the error page translates like the file banner.
 */
import { queryOptions } from '@tanstack/react-query';
import type { output, ZodMiniType } from 'zod/mini';
import type { ParsedDataset } from '../../domain/dataset';
import { fileProblemEnglish, type FileProblem } from '../../domain/dataset-issues';
import { parseGovernorates, type Governorate } from '../../domain/geo';
import { meta as metaSchema, type Meta } from '../../domain/meta-schema';
import {
  formatIssues,
  operationCollection,
  publishedArticle,
  type OperationCollection,
  type PublishedArticle,
} from '../../domain/operation-schema';
import { EXPORT_HEADER_NAMES } from '../datasets/csv-headers';

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

/** Fetches a JSON file and validates it; the dev/preview servers answer a missing file with index.html, so check. */
export async function fetchJson<S extends ZodMiniType>(
  url: string,
  schema: S,
  signal?: AbortSignal,
): Promise<output<S>> {
  const file = url.replace(/\?.*$/, '');
  let res: Response;
  try {
    // Revalidate (ETag): a rebuilt dataset must never be served stale from the browser cache.
    res = await fetch(url, { signal, cache: 'no-cache' });
  } catch (e) {
    throw new DataLoadError(file, `request failed (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok) throw new DataLoadError(file, `HTTP ${res.status}`);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const hint = text.trimStart().startsWith('<')
      ? 'got an HTML page instead of JSON (file missing?)'
      : 'not valid JSON';
    throw new DataLoadError(file, hint);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataLoadError(file, formatIssues(parsed.error).slice(0, 5).join('; '));
  return parsed.data;
}

const dataUrl = (name: string) => `${import.meta.env.BASE_URL}data/${name}`;

export const metaQuery = () =>
  queryOptions<Meta>({
    queryKey: ['meta'],
    queryFn: ({ signal }) => fetchJson(dataUrl('meta.json'), metaSchema, signal),
    staleTime: Infinity,
    retry: false,
  });

/** Fetched in parallel with meta.json (not keyed by its version): the first map idle waits on both. */
export const operationsQuery = () =>
  queryOptions<OperationCollection>({
    queryKey: ['operations'],
    queryFn: ({ signal }) => fetchJson(dataUrl('operations.geojson'), operationCollection, signal),
    staleTime: Infinity,
    retry: false,
  });

export const articleQuery = (id: string, version: string) =>
  queryOptions<PublishedArticle>({
    queryKey: ['article', id, version],
    queryFn: ({ signal }) =>
      fetchJson(dataUrl(`articles/${encodeURIComponent(id)}.json?v=${version}`), publishedArticle, signal),
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
      const { DatasetError, parseDataset } = await import('../../domain/dataset');
      const govs = await fetchGovernorates();
      try {
        return parseDataset(url.pathname.split('/').pop() || path!, bytes, govs, { headers: EXPORT_HEADER_NAMES });
      } catch (e) {
        if (e instanceof DatasetError) throw refused(e.problem);
        throw e;
      }
    },
  });
