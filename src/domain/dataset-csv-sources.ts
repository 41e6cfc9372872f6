/**
 * The sources of one CSV row. The export writes several sources joined with " | " in each provenance column
 * (`quote_ar`, `claims`, `outlet`, `url`, `published`, `article_id`), the n-th item of every column belonging to the n-th
 * source; a single item per column is one source, as an analyst writes it. A source needs its quote; a column
 * whose item count differs from the quotes' is refused rather than guessed at (a quote holding " | " shows here).
 */
import type { RowIssue } from './dataset-issues';
import { urlIssue } from './dataset-rules';

/** Several sources in one cell (the export's SOURCE_SEPARATOR). */
export const SOURCE_SEPARATOR = ' | ';
export const SOURCE_COLUMNS = ['quote_ar', 'claims', 'outlet', 'url', 'published', 'article_id'] as const;

type Row = Record<string, string | undefined>;

/** The items of a cell; an empty cell has none. */
export function sourceItems(cell: string | undefined): string[] {
  if (cell === undefined || cell.trim() === '') return [];
  return cell.split(SOURCE_SEPARATOR).map((s) => s.trim());
}

/** True when a cell holds more than one source's item: its issues then name the item, not the whole cell. */
export const severalSources = (row: Row, column: string) =>
  (SOURCE_COLUMNS as readonly string[]).includes(column) && sourceItems(row[column]).length > 1;

export function csvSources(row: Row, fallback: { name: string; date: string }) {
  const items = Object.fromEntries(SOURCE_COLUMNS.map((c) => [c, sourceItems(row[c])])) as Record<
    (typeof SOURCE_COLUMNS)[number],
    string[]
  >;
  // A source has its quote or, when cited by URL only, its paraphrased claims (the export leaves the other empty).
  const n = Math.max(items.quote_ar.length, items.claims.length);
  const issues: RowIssue[] = items.url.flatMap((u) => urlIssue('url', u) ?? []).slice(0, 1);
  for (const c of SOURCE_COLUMNS) {
    const k = items[c].length;
    if (k && k !== n && Math.max(k, n) > 1) issues.push({ code: 'sourceCount', field: c, found: k, expected: n });
  }
  const sources = Array.from({ length: n }, (_, i) => {
    const outlet = items.outlet[i] || fallback.name;
    const common = {
      outlet,
      outlet_ar: outlet,
      url: items.url[i] ?? '',
      published: items.published[i] || fallback.date,
      published_end: null,
      published_precision: 'exact',
    };
    const quote_ar = items.quote_ar[i] ?? '';
    const claims = items.claims[i] ?? '';
    // Claims in the one language the CSV was written in fill both languages, as the outlet does.
    if (!quote_ar && claims) return { ...common, claims_en: claims, claims_ar: claims };
    return { ...common, article_id: items.article_id[i] || fallback.name, quote_ar };
  });
  return { sources, issues };
}
