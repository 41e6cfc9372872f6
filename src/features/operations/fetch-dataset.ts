/**
 * Fetching and checking another dataset in the published format from a same-origin path (`data=`), feature by
 * feature (queries.ts's datasetQuery loads this only when a link names one). A refusal is a DataLoadError that
 * carries the structured problem, which the error page translates like the file banner.
 */
import type { ParsedDataset } from '../../domain/dataset';
import type { FileProblem } from '../../domain/dataset-issues';
import { DataLoadError, fetchGovernorates } from './queries';

export async function fetchDataset(path: string, signal: AbortSignal): Promise<ParsedDataset> {
  // The issue texts load with the dataset code, not at start.
  const { fileProblemEnglish } = await import('../../domain/dataset-issues');
  const refused = (problem: FileProblem) => new DataLoadError(path, fileProblemEnglish(problem), problem);
  const url = new URL(path, window.location.href);
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
  if (new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().startsWith('<')) throw refused({ code: 'htmlPage' });
  // The parser loads only when another dataset is opened; every point is checked against the governorates.
  const [{ DatasetError, parseDataset }, { EXPORT_HEADER_NAMES }, govs] = await Promise.all([
    import('../../domain/dataset'),
    // The export's headers in both languages (both locale files): only when a dataset is opened.
    import('../datasets/csv-headers'),
    fetchGovernorates(),
  ]);
  try {
    return parseDataset(url.pathname.split('/').pop() || path, bytes, govs, { headers: EXPORT_HEADER_NAMES });
  } catch (e) {
    if (e instanceof DatasetError) throw refused(e.problem);
    throw e;
  }
}
