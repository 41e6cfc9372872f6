import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, type ParsedDataset } from './dataset';
import { datasetReader } from './dataset-reader';
import { parseGovernorates } from './geo';
import { makeOp } from './test-ops';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const today = '2026-11-27';
const DY: [number, number] = [40.45232, 35.0865];

/** What parseDataset gives, or the problem it throws. */
function whole(name: string, bytes: Uint8Array): ParsedDataset | { problem: unknown } {
  try {
    return parseDataset(name, bytes, govs, { today });
  } catch (e) {
    return { problem: (e as { problem?: unknown }).problem ?? String(e) };
  }
}

/** The streaming reader over `bytes` cut at `cuts`, falling back to parseDataset as the worker does. */
function streamed(name: string, bytes: Uint8Array, cuts: number[]) {
  const reader = datasetReader(name, govs, { today });
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length]) {
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  const done = reader.finish();
  if (!done) return { fellBack: true, result: whole(name, bytes) };
  const { order, ...dataset } = done;
  expect(order.length).toBe(dataset.operations.length);
  return { fellBack: false, result: dataset };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const op = (id: string, p: Parameters<typeof makeOp>[0] extends infer P ? Partial<P> : never = {}) =>
  makeOp({ id, date: '2020-05-17', ...p }, DY);
const lines = (features: unknown[], nl = '\n', indent?: number) =>
  `{"type": "FeatureCollection",${nl}"synthetic": true, "features": [${nl}${features
    .map((f) => JSON.stringify(f, null, indent).replace(/\n/g, nl))
    .join(`,${nl}`)}${nl}], "data_version": " v7 "}${nl}`;

const valid = [
  op('b', { date: '2021-01-02', summary_en: 'a \\"quoted\\" \\\\ word "in" it', title_ar: 'عملية في دير الزور' }),
  op('a', { date: '2019-03-04' }),
  op('c', { date: '2019-03-04', title_en: 'Same day, later } ] { [ in the file, ending in \\' }),
];
const refused = [op('bad-date', { date: '2020-02-30' }), op('b'), op('wrong-gov', { governorate: 'SY-HA' })];

/** Files the streaming reader must read itself, and files it must hand to parseDataset. */
const STREAMED: Record<string, string> = {
  compact: lines([...valid, ...refused]),
  pretty: lines([...valid, ...refused], '\n', 2),
  crlf: lines([...valid, ...refused], '\r\n', 2),
  loneCr: lines([...valid, ...refused], '\r', 2),
  bom: `\uFEFF${lines(valid)}`,
  noFeatures: '{"type":"FeatureCollection","features":[]}',
  mismatch: lines([
    { ...op('x'), id: 'y' },
    { ...op('z'), type: undefined },
    { ...op('q'), extra: [1, { a: '[' }] },
  ]),
  escapedKey: `{"typ\\u0065": "FeatureCollection", "features": [${JSON.stringify(valid[0])}]}`,
};
const FALLBACK: Record<string, string> = {
  syntax: lines(valid).replace('"date"', '"date" "'),
  truncated: lines(valid).slice(0, -30),
  twice: `{"type":"FeatureCollection","features":[${JSON.stringify(refused[0])}],"features":[${JSON.stringify(valid[0])}]}`,
  notArray: '{"type":"FeatureCollection","features":{}}',
  notCollection: `{"type":"Feature","features":[${JSON.stringify(valid[0])}]}`,
  empty: '  \n ',
  nul: lines(valid).replace('Title', 'Ti\u0000tle'),
  trailingComma: lines(valid).replace(/\n\]/, ',\n]'),
  afterEnd: `${lines(valid)} x`,
  csv: 'lon,lat,date\n40.45,35.08,2020-01-01\n',
};

describe('reading a dataset chunk by chunk', () => {
  it.each(Object.entries(STREAMED))('reads %s itself, exactly as parseDataset does', (_, text) => {
    const bytes = utf8(text);
    const expected = whole('mine.geojson', bytes);
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const cuts = Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => k * size);
      const got = streamed('mine.geojson', bytes, cuts);
      expect(got.fellBack).toBe(false);
      expect(got.result).toEqual(expected);
    }
  });

  it('gives the same rows, lines and issues wherever the chunks are cut', () => {
    const bytes = utf8(STREAMED.pretty);
    const expected = whole('mine.geojson', bytes);
    // The line each refused feature starts on, counted independently of the code under test.
    const text = STREAMED.pretty;
    const lineOf = (f: unknown) => text.slice(0, text.indexOf(JSON.stringify(f, null, 2))).split('\n').length;
    expect((expected as ParsedDataset).errors.map((e) => [e.row, e.line])).toEqual(
      refused.map((f, k) => [4 + k, lineOf(f)]),
    );
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { maxLength: 40 }), (cuts) => {
        expect(streamed('mine.geojson', bytes, cuts).result).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it.each(Object.entries(FALLBACK))('hands %s to parseDataset', (_, text) => {
    const got = streamed(text.startsWith('lon') ? 'mine.csv' : 'mine.geojson', utf8(text), [5, 17]);
    expect(got.fellBack).toBe(true);
  });

  it('hands invalid UTF-8 to parseDataset', () => {
    const bytes = utf8(lines(valid));
    bytes[200] = 0xff;
    expect(streamed('mine.geojson', bytes, [100]).fellBack).toBe(true);
  });

  it('passes each valid operation on in file order when asked, keeping none', () => {
    const seen: string[] = [];
    const reader = datasetReader('mine.geojson', govs, { today, onOperation: (o) => seen.push(o.id) });
    reader.push(utf8(STREAMED.compact));
    const done = reader.finish()!;
    expect(seen).toEqual(['b', 'a', 'c']);
    expect(done.operations).toEqual([]);
    expect(Array.from(done.order)).toEqual([1, 2, 0]);
    expect(reader.rows()).toBe(6);
  });
});
