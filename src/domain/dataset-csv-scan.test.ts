import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessDelimiter, scanCsv } from './dataset-csv-scan';

const DELIMITERS = [',', ';', '\t', '|'];
const BREAKS = ['\n', '\r\n', '\r'];

/** Lines before `offset` the way an editor counts them: the reference the scanner is held to. */
const lineAt = (text: string, offset: number) => (text.slice(0, offset).match(/\r\n|\r|\n/g) ?? []).length + 1;
const blank = (fields: string[]) => fields.every((f) => f.trim() === '');

/** A cell with delimiters, quotes, newlines, spaces and Arabic; `plain` keeps it to one line without quotes. */
const cell = (plain = false) =>
  fc.string({
    unit: fc.constantFrom('a', 'b', '7', ' ', 'ب', ...(plain ? [] : [',', ';', '\t', '|', '"', '\n', '\r\n', '\r'])),
    maxLength: 6,
  });

function quoteCell(value: string, delimiter: string, force: boolean): string {
  const needs = force || /["\r\n]/.test(value) || value.includes(delimiter);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

interface Generated {
  text: string;
  delimiter: string;
  records: { fields: string[]; line: number; start: number }[];
  /** Where each record's text starts and ends in `text`, blank ones included. */
  spans: { fields: string[]; start: number; end: number }[];
}

/** A CSV written the RFC 4180 way, with blank lines between records and mixed or fixed line breaks. */
const csv = (opts: { breaks?: string[]; plain?: boolean; noLeadingSpecial?: boolean } = {}) =>
  fc
    .record({
      delimiter: fc.constantFrom(...DELIMITERS),
      rows: fc.array(
        fc.record({
          fields: fc.array(cell(opts.plain), { minLength: 1, maxLength: 4 }),
          force: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
          blankLines: fc.array(fc.constantFrom('', ' ', '  '), { maxLength: 2 }),
          breakAt: fc.nat(),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      breaks: fc.constantFrom(...(opts.breaks ? [opts.breaks] : [BREAKS, ['\n'], ['\r\n']])),
      trailing: fc.boolean(),
    })
    .map(({ delimiter, rows, breaks, trailing }): Generated => {
      let text = '';
      const records: Generated['records'] = [];
      const spans: Generated['spans'] = [];
      rows.forEach((r, i) => {
        const br = breaks[r.breakAt % breaks.length];
        // A field that starts with a delimiter, line break or quote could close a stray quote (property 3).
        const fields = opts.noLeadingSpecial ? r.fields.map((f) => f.replace(/^[,;\t|"\r\n]+/, 'x')) : r.fields;
        for (const b of r.blankLines) text += b + br;
        const start = text.length;
        text += fields.map((f, k) => quoteCell(f, delimiter, r.force[k])).join(delimiter);
        spans.push({ fields, start, end: text.length });
        if (!blank(fields)) records.push({ fields, line: lineAt(text, start), start });
        if (i < rows.length - 1 || trailing) text += br;
      });
      return { text, delimiter, records, spans };
    });

describe('CSV record scanner', () => {
  it('reads every record and the physical line it starts on (quoted newlines, blank lines, \\r\\n, \\r)', () => {
    fc.assert(
      fc.property(csv(), ({ text, delimiter, records }) => {
        const lineOf = (o: number) => lineAt(text, o);
        const got = scanCsv(text, delimiter).map((r) => ({ fields: r.fields, line: lineOf(r.start), quote: r.quote }));
        expect(got).toEqual(records.map((r) => ({ fields: r.fields, line: r.line, quote: undefined })));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with Papa Parse on well-formed files with one kind of line break', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\n', '\r\n').chain((br) => csv({ breaks: [br] }).map((g) => ({ ...g, br }))),
        ({ text, delimiter, br }) => {
          const papa = Papa.parse<string[]>(text, { delimiter, newline: br as '\n', skipEmptyLines: 'greedy' });
          expect(papa.errors).toEqual([]);
          expect(scanCsv(text, delimiter).map((r) => r.fields)).toEqual(papa.data);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses only the record with a stray quote, on its own line, and keeps every other record and line', () => {
    fc.assert(
      fc.property(
        csv({ noLeadingSpecial: true }).chain((g) => fc.nat({ max: g.spans.length - 1 }).map((k) => ({ g, k }))),
        ({ g, k }) => {
          const span = g.spans[k];
          // Record k becomes one line of plain cells whose first cell opens a quote it never closes properly.
          const plain = span.fields.map((f) => f.replace(/["\r\n]/g, '').replaceAll(g.delimiter, '') || 'z');
          const broken = `"${plain.join(g.delimiter)}`;
          const text = g.text.slice(0, span.start) + broken + g.text.slice(span.end);
          const shift = broken.length - (span.end - span.start);
          const expected = g.records
            .filter((r) => r.start !== span.start)
            .map((r) => {
              const start = r.start > span.start ? r.start + shift : r.start;
              return { fields: r.fields, line: lineAt(text, start), quote: undefined as string | undefined };
            });
          expected.push({ fields: [], line: lineAt(text, span.start), quote: 'quote' });
          const got = scanCsv(text, g.delimiter).map((r) => ({
            fields: r.quote ? [] : r.fields,
            line: lineAt(text, r.start),
            quote: r.quote && 'quote',
          }));
          const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
          expect(got.sort(byLine)).toEqual(expected.sort(byLine));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('names the kind of quote problem and resumes on the next line', () => {
    const text = 'lon,lat\n1,"open\n2,3\n4,"bad"x\n5,6\n7,a"b\n8,9';
    expect(scanCsv(text).map((r) => [r.fields.join('|'), r.quote ?? ''])).toEqual([
      ['lon|lat', ''],
      ['1', 'malformedQuote'],
      ['2|3', ''],
      ['4', 'malformedQuote'],
      ['5|6', ''],
      ['7', 'malformedQuote'],
      ['8|9', ''],
    ]);
    expect(scanCsv('a,b\n1,"never closed\n2,3').map((r) => r.quote)).toEqual([
      undefined,
      'unterminatedQuote',
      undefined,
    ]);
  });

  it('guesses the delimiter from the header line', () => {
    expect(guessDelimiter('\n\nlon;lat;date\n1,5;2;x')).toBe(';');
    expect(guessDelimiter('lon\tlat\tdate')).toBe('\t');
    expect(guessDelimiter('"a;b",lon,lat')).toBe(',');
    expect(guessDelimiter('lon')).toBe(',');
  });
});
