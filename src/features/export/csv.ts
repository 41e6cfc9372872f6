/**
 * The one CSV writer of the app: every CSV the atlas writes goes through `writeCsv` (a unit test checks that no
 * other module calls Papa.unparse), so every cell is neutralised against spreadsheet formula injection.
 */
import Papa from 'papaparse';

/** A cell as written: strings are text, numbers and booleans are values, null/undefined are empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters with which Excel, LibreOffice and Google Sheets start a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, a
 * leading tab or carriage return) by prefixing `'` (OWASP "CSV injection"): the cell opens as text. Some
 * spreadsheets then show the `'`; that is the price of not running what an imported file put in a title.
 *
 * Only strings are neutralised, deliberately: a number written as a number (a negative longitude, a count, the
 * uncertainty radius) is data that the app produced with `String(number)`, it cannot carry a formula, and a
 * prefixed `'-3.2` would turn it into text that no longer sorts or sums. A string that merely looks like a
 * negative number (say a title "-5") is still text and is neutralised.
 */
export function neutraliseCell(cell: CsvCell): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A CSV text with a UTF-8 byte-order mark (so that Excel opens Arabic intact), one header row and CRLF line ends.
 * Header cells are neutralised too.
 */
export function writeCsv(header: string[], rows: CsvCell[][]): string {
  return (
    '\uFEFF' +
    Papa.unparse(
      { fields: header.map((h) => String(neutraliseCell(h))), data: rows.map((r) => r.map(neutraliseCell)) },
      { newline: '\r\n' },
    )
  );
}
