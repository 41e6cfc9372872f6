/**
 * A CSV record scanner (RFC 4180 quoting) that keeps the offset where each record starts, so that every row is
 * named by its physical line even when quoted fields hold newlines and blank lines are skipped. Quotes are
 * strict: a quoted field ends right before a delimiter or the end of its record, and an unquoted field holds no
 * quote. A quote problem refuses that record only: scanning resumes on the line after the offending quote, so one
 * stray quote cannot swallow the rest of the file.
 */
import { nextLineStart } from './dataset-lines';

export type QuoteProblem = 'unterminatedQuote' | 'malformedQuote';

export interface CsvRecord {
  fields: string[];
  /** Offset of the record's first character. */
  start: number;
  quote?: QuoteProblem;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Skips one line break (`\r\n`, `\n` or `\r`) at `i`, if there is one. */
function afterBreak(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  return c === LF ? i + 1 : i;
}

/** Every record that is not blank (all fields empty or spaces), with a quote problem when it has one. */
export function scanCsv(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const ends = (c: number) => c === d || c === LF || c === CR;
  let i = 0;
  while (i < n) {
    const start = i;
    const fields: string[] = [];
    let problem: { kind: QuoteProblem; at: number } | null = null;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const open = i;
        let value = '';
        for (let j = i + 1; ;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            problem = { kind: 'unterminatedQuote', at: open };
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          value += text.slice(j, q);
          i = q + 1;
          break;
        }
        if (!problem && i < n && !ends(text.charCodeAt(i))) problem = { kind: 'malformedQuote', at: open };
        if (problem) break;
        fields.push(value);
      } else {
        let j = i;
        while (j < n && !ends(text.charCodeAt(j)) && text.charCodeAt(j) !== QUOTE) j++;
        if (j < n && text.charCodeAt(j) === QUOTE) {
          problem = { kind: 'malformedQuote', at: j };
          break;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      if (i < n && text.charCodeAt(i) === d) i++;
      else break;
    }
    if (problem) {
      records.push({ fields, start, quote: problem.kind });
      i = nextLineStart(text, problem.at);
    } else {
      if (fields.some((f) => f.trim() !== '')) records.push({ fields, start });
      i = afterBreak(text, i);
    }
  }
  return records;
}

const CANDIDATES = [',', ';', '\t', '|'];

/** The delimiter of a CSV: the candidate found most often in its first non-blank line, outside quotes. */
export function guessDelimiter(text: string): string {
  const first = /[^\r\n]*\S[^\r\n]*/.exec(text)?.[0] ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const c of CANDIDATES) {
    const k = unquoted.split(c).length - 1;
    if (k > most) [best, most] = [c, k];
  }
  return best;
}
