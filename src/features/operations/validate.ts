/**
 * Fetching and validating a published JSON file (pure of the UI): the schema per kind of file, the checks that
 * name what is wrong. Runs in the data worker (validate.worker.ts), so that zod and the parsing of a large
 * dataset stay off the main thread and out of the start bundle.
 */
import type { ZodMiniType } from 'zod/mini';
import { meta } from '../../domain/meta-schema';
import { formatIssues } from '../../domain/format-issues';
import { operationCollection, publishedArticle } from '../../domain/operation-schema';

export const SCHEMAS = { meta, operations: operationCollection, article: publishedArticle } satisfies Record<
  string,
  ZodMiniType
>;
export type FileKind = keyof typeof SCHEMAS;

export type Validated = { ok: true; data: unknown } | { ok: false; file: string; detail: string };

/** Fetches `url` (absolute) and validates it as `kind`; the dev/preview servers answer a missing file with index.html. */
export async function fetchValidated(url: string, kind: FileKind): Promise<Validated> {
  const file = url.replace(/\?.*$/, '');
  let res: Response;
  try {
    // Revalidate (ETag): a rebuilt dataset must never be served stale from the browser cache.
    res = await fetch(url, { cache: 'no-cache' });
  } catch (e) {
    return { ok: false, file, detail: `request failed (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!res.ok) return { ok: false, file, detail: `HTTP ${res.status}` };
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const detail = text.trimStart().startsWith('<')
      ? 'got an HTML page instead of JSON (file missing?)'
      : 'not valid JSON';
    return { ok: false, file, detail };
  }
  const parsed = SCHEMAS[kind].safeParse(json);
  if (!parsed.success) return { ok: false, file, detail: formatIssues(parsed.error).slice(0, 5).join('; ') };
  return { ok: true, data: parsed.data };
}
