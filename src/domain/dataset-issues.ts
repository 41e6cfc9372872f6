/**
 * What can be wrong with an analyst's dataset: a row issue (a code, the field as the file names it, raw values
 * as written) or a problem with the whole file. The domain emits them structured; the UI translates them
 * (`features/datasets/issue-text.tsx`), in the file banner and on the error page of a refused `data=` link alike.
 * `fileProblemEnglish` words file problems for error messages outside the UI (logs, thrown errors).
 */

export type RowIssue =
  | { code: 'missing' | 'empty' | 'minAboveMax' | 'unterminatedQuote' | 'malformedQuote'; field: string }
  | { code: 'wrongType'; field: string; expected: string; value: string }
  | { code: 'notEqual'; field: string; value: string; expected: string }
  | { code: 'notOneOf'; field: string; value: string; options: string[] }
  | { code: 'badFormat'; field: string; value: string; example: string }
  | { code: 'notRealDate' | 'badUrl'; field: string; value: string }
  | { code: 'tooSmall'; field: string; min: number }
  | { code: 'tooLarge'; field: string; max: number }
  | { code: 'unknownKeys'; field: string; keys: string[] }
  | { code: 'invalid'; field: string; message: string }
  | { code: 'futureDate'; field: string; value: string; today: string }
  | { code: 'endBeforeStart'; field: string; value: string; start: string }
  | { code: 'yearMismatch'; field: string; value: string; expected: string }
  | { code: 'outsideSyria'; field: string; point: string; km: number }
  | { code: 'unknownGovernorate'; field: string; value: string; known: string[] }
  | { code: 'notInGovernorate'; field: string; value: string; point: string; actual: string }
  | { code: 'idMismatch'; field: string; value: string; expected: string }
  | { code: 'duplicateId'; field: string; value: string; first: number }
  | { code: 'fieldCount'; field: string; expected: number; found: number }
  /** A CSV source column with another number of " | "-separated items than the quotes (`expected`). */
  | { code: 'sourceCount'; field: string; expected: number; found: number };

export type RowIssueCode = RowIssue['code'];

/** One refused feature or CSV row: its physical line (1-based), its number among the rows, what is wrong. */
export interface RowError {
  line: number;
  /** Feature number (GeoJSON, 1-based) or data row number (CSV, 1-based, header and blank lines aside). */
  row: number;
  issues: RowIssue[];
}

export type FileProblem =
  | { code: 'empty' | 'binary' | 'notCollection' }
  | { code: 'invalidUtf8'; line: number }
  | { code: 'notJson'; line: number | null }
  | { code: 'missingColumns'; missing: string[]; found: string[] }
  | { code: 'duplicateColumns'; columns: string[] }
  | { code: 'headerQuote'; line: number }
  /** A `data=` link whose server did not send the file: an error status, a web page, a failed request. */
  | { code: 'http'; status: number }
  | { code: 'htmlPage' | 'crossOrigin' }
  | { code: 'requestFailed'; message: string }
  /** Anything else that stopped the file from being read (the governorate polygons failed to load). */
  | { code: 'other'; message: string };

/** A file that could not be used, as the UI shows it. */
export interface DatasetFailure {
  file: string;
  problem: FileProblem;
}

/** A dataset file that cannot be used at all; `problem` says why (translated by the UI). */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
  ) {
    super(`${file}: ${fileProblemEnglish(problem)}`);
    this.name = 'DatasetError';
  }
}

/** How many list items messages show before "… and N more" (a CSV may have 200 columns). */
export const LIST_SHOWN = 12;

/** The first `shown` items and how many were left out. */
export function cutList<T>(items: readonly T[], shown = LIST_SHOWN): { items: T[]; more: number } {
  return { items: items.slice(0, shown), more: Math.max(0, items.length - shown) };
}

const listEnglish = (items: readonly string[]) => {
  const cut = cutList(items);
  return (cut.items.join(', ') || 'none') + (cut.more ? ` … and ${cut.more} more` : '');
};

export function fileProblemEnglish(p: FileProblem): string {
  switch (p.code) {
    case 'empty':
      return 'the file is empty';
    case 'binary':
      return 'looks like a binary file, not GeoJSON or CSV';
    case 'notCollection':
      return 'expected a GeoJSON FeatureCollection with a "features" array';
    case 'invalidUtf8':
      return `not UTF-8 text (first invalid byte on line ${p.line})`;
    case 'notJson':
      return `not valid JSON${p.line === null ? '' : ` (line ${p.line})`}`;
    case 'missingColumns':
      return `missing required column(s) ${p.missing.join(', ')} (found: ${listEnglish(p.found)})`;
    case 'duplicateColumns':
      return `column(s) named more than once: ${listEnglish(p.columns)}`;
    case 'headerQuote':
      return `the header on line ${p.line} has a misplaced quote`;
    case 'http':
      return `HTTP ${p.status}`;
    case 'htmlPage':
      return 'got an HTML page instead of a dataset (file missing?)';
    case 'crossOrigin':
      return 'only same-origin datasets can be loaded';
    case 'requestFailed':
      return `request failed (${p.message})`;
    case 'other':
      return p.message;
  }
}

/** A raw value as it is shown inside a message: as written, cut when long. */
export function shownValue(v: unknown): string {
  const s =
    typeof v === 'string' ? v : Array.isArray(v) ? '[…]' : v !== null && typeof v === 'object' ? '{…}' : String(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
