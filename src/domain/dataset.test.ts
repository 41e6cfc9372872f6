import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, today } from './dataset';
import type { FileProblem } from './dataset-issues';
import { parseGovernorates } from './geo';
import { makeOp } from './test-ops';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const opts = { today: '2026-11-27' };
const parse = (name: string, content: string | Uint8Array) => parseDataset(name, content, govs, opts);
/** `line:code@field` for each issue of each refused row: what the banner shows, untranslated. */
const refused = (name: string, content: string | Uint8Array) =>
  parse(name, content).errors.flatMap((e) => e.issues.map((i) => `${e.line}:${i.code}@${i.field}`));
function problem(name: string, content: string | Uint8Array): FileProblem {
  try {
    parse(name, content);
  } catch (e) {
    if (e instanceof DatasetError) return e.problem;
    throw e;
  }
  throw new Error('accepted');
}

const DY: [number, number] = [40.45232, 35.0865];
const op = (id: string, p: Parameters<typeof makeOp>[0] extends infer P ? Partial<P> : never = {}, at = DY) =>
  makeOp({ id, date: '2020-05-17', ...p }, at);
const collection = (features: string[]) => `{"type": "FeatureCollection", "features": [\n${features.join(',\n')}\n]}`;
const pretty = (v: unknown) => JSON.stringify(v, null, 2);
/** The line where `part` starts in `text`, counted independently of the code under test. */
const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split('\n').length;

describe('own datasets: GeoJSON lines', () => {
  it('names each refused feature by the line it starts on, even without a "Feature" tag', () => {
    const untagged: Record<string, unknown> = { ...op('b') };
    delete untagged.type;
    const [a, b, c] = [pretty(op('a')), pretty(untagged), pretty(op('c', { date: '2020-02-30' }))];
    const text = collection([a, b, c]);
    expect(parse('mine.geojson', text).errors.map((e) => [e.line, e.row, e.issues[0].code])).toEqual([
      [lineOf(text, b), 2, 'missing'],
      [lineOf(text, c), 3, 'notRealDate'],
    ]);
  });

  it('is not misled by the tag inside nested objects or strings', () => {
    const tricky = op('a', { summary_en: 'a "type": "Feature" in a string' });
    const nested = pretty({ ...tricky, extra: { type: 'Feature', features: [{ type: 'Feature' }] } });
    const bad = pretty(op('b', { governorate: 'SY-XX' }));
    const text = collection([nested, bad]);
    expect(refused('mine.geojson', text)).toEqual([`${lineOf(text, bad)}:unknownGovernorate@properties.governorate`]);
  });
});

describe('own datasets: GeoJSON rules', () => {
  it('checks every feature against Syria and its governorate, like the CSV rows', () => {
    const text = collection([
      JSON.stringify(op('baghdad', {}, [44.4, 33.3])),
      JSON.stringify(op('wrong-gov', { governorate: 'SY-HA' })),
      JSON.stringify(op('good')),
    ]);
    expect(refused('g.geojson', text)).toEqual([
      '2:outsideSyria@geometry.coordinates',
      '3:notInGovernorate@properties.governorate',
    ]);
    expect(parse('g.geojson', text).operations.map((o) => o.id)).toEqual(['good']);
  });

  it('applies the date rules and refuses links that are not http(s)', () => {
    const bad = op('js');
    bad.properties.sources[0].url = 'javascript:alert(1)';
    const text = collection([
      JSON.stringify(op('future', { date: '2026-12-01', year: 2026 })),
      JSON.stringify(op('backwards', { date_end: '2020-05-10' })),
      JSON.stringify(bad),
    ]);
    expect(refused('g.geojson', text)).toEqual([
      '2:futureDate@properties.date',
      '2:futureDate@properties.sources.0.published',
      '3:endBeforeStart@properties.date_end',
      '4:badUrl@properties.sources.0.url',
    ]);
  });

  it('refuses an id that differs from properties.id, and a duplicate id with the line of the first', () => {
    const mismatch = { ...op('a'), id: 'other' };
    const text = collection([JSON.stringify(op('a')), JSON.stringify(mismatch), JSON.stringify(op('a'))]);
    expect(parse('g.geojson', text).errors).toEqual([
      { line: 3, row: 2, issues: [{ code: 'idMismatch', field: 'id', value: 'other', expected: 'a' }] },
      { line: 4, row: 3, issues: [{ code: 'duplicateId', field: 'id', value: 'a', first: 2 }] },
    ]);
  });
});

describe('own datasets: files that cannot be used', () => {
  it('refuses an empty file, a binary one, and what is not a FeatureCollection', () => {
    expect(problem('x.geojson', '  \n')).toEqual({ code: 'empty' });
    expect(problem('x.geojson', 'PK\u0000\u0003')).toEqual({ code: 'binary' });
    expect(problem('x.geojson', '{"type":"Feature"}')).toEqual({ code: 'notCollection' });
  });

  it('names the line of a JSON syntax error', () => {
    expect(problem('x.geojson', '{"type": "FeatureCollection",\n"features": [\n{"a": 1,}\n]}')).toEqual({
      code: 'notJson',
      line: 3,
    });
  });

  it('refuses invalid UTF-8 with the line of the first bad byte instead of replacing it', () => {
    const bytes = new TextEncoder().encode('lon,lat,date,title_en\n40.45232,35.0865,2020-05-17,Caf?\n');
    bytes[bytes.indexOf(63)] = 0xe9; // Latin-1 "é"
    expect(problem('latin1.csv', bytes)).toEqual({ code: 'invalidUtf8', line: 2 });
    expect(() => parse('latin1.csv', bytes)).toThrow('latin1.csv: not UTF-8 text (first invalid byte on line 2)');
  });

  it('reads UTF-8 bytes with a byte order mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('lon,lat,date\n40.45232,35.0865,2020-05-17'),
    ]);
    expect(parse('bom.csv', bytes).operations).toHaveLength(1);
  });

  it('names missing columns with every column found, duplicate columns, and a broken header', () => {
    expect(problem('e.csv', 'x,y\n1,2')).toEqual({
      code: 'missingColumns',
      missing: ['lon', 'lat', 'date'],
      found: ['x', 'y'],
    });
    expect(problem('e.csv', 'lon,lat,date,lat\n1,2,3,4')).toEqual({ code: 'duplicateColumns', columns: ['lat'] });
    expect(problem('e.csv', '\n\nlon,"lat,date\n1,2,3')).toEqual({ code: 'headerQuote', line: 3 });
  });
});

describe('own datasets: CSV lines', () => {
  const head = 'lon,lat,date,title_en,summary_en';

  it('counts quoted newlines and blank lines in the line of each row', () => {
    const csv = [
      head,
      '40.45232,35.0865,2020-05-17,One,"first line',
      'second line"',
      '',
      '   ',
      '40.45232,35.0865,2020-13-01,Two,x',
      '40.45232,35.0865,2020-05-18,"Three',
      '',
      'still three",x',
      '',
      'x,35.0865,2020-05-19,Four,x',
    ].join('\r\n');
    const ds = parse('events.csv', csv);
    expect(ds.operations.map((o) => o.properties.title_en)).toEqual(['One', 'Three\r\n\r\nstill three']);
    expect(ds.errors.map((e) => [e.line, e.row, e.issues])).toEqual([
      [6, 2, [{ code: 'notRealDate', field: 'date', value: '2020-13-01' }]],
      [11, 4, [{ code: 'wrongType', field: 'lon', expected: 'number', value: 'x' }]],
    ]);
  });

  it('refuses a row with an unterminated quote on its own line and keeps the rows after it', () => {
    const csv = [
      head,
      '40.45232,35.0865,2020-05-17,One,x',
      '40.45232,35.0865,2020-05-18,"Two,x',
      '40.45232,35.0865,2020-05-19,Three,x',
      '40.45232,35.0865,2020-05-20,Four,x',
    ].join('\n');
    const ds = parse('events.csv', csv);
    expect(ds.errors).toEqual([{ line: 3, row: 2, issues: [{ code: 'unterminatedQuote', field: '' }] }]);
    expect(ds.operations.map((o) => o.properties.title_en)).toEqual(['One', 'Three', 'Four']);
  });

  it('reports a row whose number of fields differs from the header', () => {
    expect(parse('e.csv', `${head}\n40.45232,35.0865,2020-05-17,One`).errors[0].issues).toEqual([
      { code: 'fieldCount', field: '', expected: 5, found: 4 },
    ]);
  });

  it('reads a semicolon-separated file', () => {
    expect(
      parse('e.csv', 'lon;lat;date;actors\n40.45232;35.0865;2020-05-17;coalition|sdf').operations[0].properties.actors,
    ).toEqual(['coalition', 'sdf']);
  });
});

describe('own datasets: CSV rules', () => {
  it('maps columns, finds the governorate around the point, and explores the valid rows', () => {
    const ds = parse(
      'events.csv',
      'lon,lat,date,title_en,actors,quote_ar\n40.45232,35.0865,2020-05-18,Raid,coalition;sdf,نص',
    );
    expect(ds.operations[0].properties).toMatchObject({
      governorate: 'SY-DY',
      actors: ['coalition', 'sdf'],
      title_en: 'Raid',
    });
  });

  it('refuses a point outside Syria even with a governorate column, an unknown code, and a wrong governorate', () => {
    const csv = [
      'lon,lat,date,governorate',
      '44.4,33.3,2020-01-01,SY-DY',
      '40.45232,35.0865,2020-01-01,SY-ZZ',
      '40.45232,35.0865,2020-01-01,SY-HA',
      '40.45232,35.0865,2020-01-01,',
      '44.4,33.3,2020-01-01,',
    ].join('\n');
    expect(refused('e.csv', csv)).toEqual([
      '2:outsideSyria@lon, lat',
      '3:unknownGovernorate@governorate',
      '4:notInGovernorate@governorate',
      '6:outsideSyria@lon, lat',
    ]);
  });

  it('refuses future dates, ends before starts and links that are not http(s), naming the CSV columns', () => {
    const csv = [
      'lon,lat,date,date_end,url,quote_ar',
      '40.45232,35.0865,2026-11-28,,,',
      '40.45232,35.0865,2020-05-17,2020-05-16,,',
      '40.45232,35.0865,2020-05-17,,javascript:alert(1),نص',
      '40.45232,35.0865,2020-05-17,,data:text/html;base64,AAAA,',
      '40.45232,35.0865,2020-05-17,,https://example.org/a,نص',
    ].join('\n');
    expect(refused('e.csv', csv)).toEqual([
      '2:futureDate@date',
      '3:endBeforeStart@date_end',
      '4:badUrl@url',
      '5:fieldCount@',
    ]);
  });

  it('says a required cell is empty rather than "not a number"', () => {
    expect(parse('e.csv', 'lon,lat,date\n,35.0865,').errors[0].issues).toEqual([
      { code: 'empty', field: 'lon' },
      { code: 'empty', field: 'date' },
    ]);
  });
});

describe('today', () => {
  it('is the later of the UTC day and the local day', () => {
    expect(today(new Date('2026-11-27T12:00:00Z'))).toBe('2026-11-27');
  });
});
