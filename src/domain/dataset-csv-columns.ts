/**
 * The header row of an own CSV, and the cells as the atlas's own CSV export writes them, so that an export
 * re-opens as a dataset in either UI language:
 * - a header names a column by its id (`date`) or by another name the caller knows (`HeaderNames`: the export's
 *   labels "Date" / «التاريخ»). The names are passed in rather than read here because they are UI text owned by
 *   the locale files (features/datasets/csv-headers.ts builds them); this module stays free of UI text. Names the
 *   importer does not read (`type_name`, `other_dates`, `dataset`, …) are kept and ignored;
 * - a text cell the export neutralised against spreadsheet formulas (`'` before `= + - @ tab CR`) is given back.
 */

/** Header names a CSV may use besides the column ids: name → column id. */
export type HeaderNames = ReadonlyMap<string, string>;

/** The columns the importer reads, by id. */
export const IMPORTED_COLUMNS = new Set([
  'id',
  'lon',
  'lat',
  'date',
  'date_end',
  'date_precision',
  'date_disputed',
  'type',
  'actors',
  'target',
  'governorate',
  'place_id',
  'place_en',
  'place_ar',
  'location_precision',
  ...['killed', 'captured', 'freed', 'evacuated'].flatMap((o) => [`${o}_min`, `${o}_max`]),
  'title_en',
  'title_ar',
  'summary_en',
  'summary_ar',
  'confidence',
  'airborne_explicit',
  'quote_ar',
  'claims',
  'outlet',
  'url',
  'published',
  'article_id',
  'synthetic',
  'data_version',
]);

/**
 * The column id of each header name: an id the importer reads is itself (so `type` stays the code column although
 * "Type" labels `type_name`), then a name from `names`, else the name as written (ignored).
 */
export function columnIds(header: readonly string[], names: HeaderNames = new Map()): string[] {
  return header.map((h) => (IMPORTED_COLUMNS.has(h) ? h : (names.get(h) ?? names.get(h.normalize('NFC')) ?? h)));
}

/** What the export puts before a text cell that a spreadsheet would run as a formula (features/export/csv.ts). */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/**
 * A cell as the export meant it: only a `'` directly before `= + - @ tab CR` is dropped. (A text that itself
 * begins with such a `'` cannot be told apart from a neutralised one and loses it.)
 */
export const unneutralise = (cell: string) => cell.replace(NEUTRALISED, '');
