import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, writeCsv } from './csv';

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("https://example.org","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes a text cell starting a formula: %j',
    (cell) => expect(neutraliseCell(cell)).toBe(`'${cell}`),
  );

  it('catches a formula followed by a line break (Papa.unparse escapeFormulae does not)', () => {
    expect(neutraliseCell('=1+1\nsecond line')).toBe("'=1+1\nsecond line");
  });

  it('leaves other text, numbers and booleans as they are', () => {
    expect(neutraliseCell('إنزال جوي = عملية')).toBe('إنزال جوي = عملية');
    expect(neutraliseCell('a=1')).toBe('a=1');
    expect(neutraliseCell(-36.5)).toBe(-36.5);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell(false)).toBe(false);
    expect(neutraliseCell(null)).toBe('');
  });
});

describe('writeCsv', () => {
  it('writes a BOM, neutralised text and negative numbers that stay numbers', () => {
    const csv = writeCsv(['title', 'lon'], [['=HYPERLINK("https://example.org","click")', -3.25]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(',-3.25');
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[1]).toEqual([`'=HYPERLINK("https://example.org","click")`, '-3.25']);
  });

  it('is the only CSV writer: no other module of the app calls Papa.unparse', () => {
    const root = join(import.meta.dirname, '../../..');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const writers = [...files(join(root, 'src')), ...files(join(root, 'scripts'))]
      .filter((f) => !f.endsWith('.test.ts') && /\bunparse\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(writers).toEqual(['src/features/export/csv.ts']);
  });
});
