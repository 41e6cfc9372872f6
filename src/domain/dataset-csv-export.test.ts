/** What an own CSV needs to re-open an export: header names, neutralised cells, joined sources, provenance. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset';
import { columnIds } from './dataset-csv-columns';
import type { DatasetError } from './dataset-issues';
import { parseGovernorates } from './geo';
import { makeOp } from './test-ops';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const headers = new Map([
  ['ID', 'id'],
  ['Longitude', 'lon'],
  ['Latitude', 'lat'],
  ['Date', 'date'],
  ['Type code', 'type'],
  ['Type', 'type_name'],
  ['التاريخ', 'date'],
  ['خط الطول', 'lon'],
  ['خط العرض', 'lat'],
]);
const parse = (csv: string) => parseDataset('e.csv', csv, govs, { today: '2026-11-27', headers });
const refused = (csv: string) =>
  parse(csv).errors.flatMap((e) => e.issues.map((i) => `${e.line}:${i.code}@${i.field}`));
const DY = '40.45232,35.0865';

describe('own CSV: header names', () => {
  it('reads columns by their export labels, prefers an id over a label, and ignores the columns it does not read', () => {
    const ds = parse(
      `ID,Longitude,Latitude,Date,Type,Type code,Other dates\nx,${DY},2020-05-18,Evacuation,evacuation,?`,
    );
    expect(ds.errors).toEqual([]);
    expect(ds.operations[0].properties).toMatchObject({ id: 'x', date: '2020-05-18', type: 'evacuation' });
    expect(parse(`lon,lat,date,Type\n${DY},2020-05-18,Evacuation`).operations[0].properties.type).toBe('raid');
  });

  it('keeps a column id for its own column even where a label says otherwise', () => {
    const names = new Map([
      ['type', 'type_name'],
      ['Type', 'type_name'],
    ]);
    expect(columnIds(['type', 'Type', 'Notes'], names)).toEqual(['type', 'type_name', 'Notes']);
  });

  it("names a refused row's fields as the file's header does", () => {
    const csv = `خط الطول,خط العرض,التاريخ\n${DY},2099-01-01\n44.4,33.3,2020-01-01`;
    expect(refused(csv)).toEqual(['2:futureDate@التاريخ', '3:outsideSyria@خط الطول, خط العرض']);
  });

  it('refuses a column named twice, by an id and by a label', () => {
    try {
      parse(`lon,lat,date,Date\n${DY},2020-05-18,2020-05-18`);
      expect.unreachable();
    } catch (e) {
      expect((e as DatasetError).problem).toEqual({ code: 'duplicateColumns', columns: ['date', 'Date'] });
    }
  });
});

describe('own CSV: cells the export neutralised', () => {
  it("drops the ' only before = + - @ tab and carriage return", () => {
    const cells = ["'=1+2", "'+1", "'-near", "'@x", "'\tTab", "'quoted'", "''=twice", "a'=b"];
    const csv = `lon,lat,date,title_en\n${cells.map((c, i) => `${DY},2020-05-${10 + i},"${c}"`).join('\n')}`;
    const titles = parse(csv).operations.map((o) => o.properties.title_en);
    expect(titles).toEqual(['=1+2', '+1', '-near', '@x', 'Tab', "'quoted'", "''=twice", "a'=b"]);
  });
});

describe('own CSV: several sources in one row', () => {
  const head = 'lon,lat,date,quote_ar,outlet,url,published,article_id';

  it('splits the " | "-joined provenance columns item by item', () => {
    const row = `${DY},2020-05-18,نص أول | نص ثان,O1 | O2,https://example.org/1 | https://example.org/2,2020-05-18 | 2020-05-19, | b`;
    const [op] = parse(`${head}\n${row}`).operations;
    expect(op.properties.sources).toMatchObject([
      { quote_ar: 'نص أول', outlet: 'O1', url: 'https://example.org/1', published: '2020-05-18', article_id: 'e.csv' },
      { quote_ar: 'نص ثان', outlet: 'O2', url: 'https://example.org/2', published: '2020-05-19', article_id: 'b' },
    ]);
  });

  it('refuses a column whose items do not match the quotes, a bad link among them, and an empty quote', () => {
    const rows = [
      `${DY},2020-05-18,نص | نص,O,,,`,
      `${DY},2020-05-18,نص | نص,,https://example.org/1 | javascript:alert(1),,`,
      `${DY},2020-05-18,نص | ,,,,`,
    ];
    const ds = parse([head, ...rows].join('\n'));
    expect(ds.errors.map((e) => e.issues)).toEqual([
      [{ code: 'sourceCount', field: 'outlet', found: 1, expected: 2 }],
      [{ code: 'badUrl', field: 'url', value: 'javascript:alert(1)' }],
      [{ code: 'empty', field: 'quote_ar' }],
    ]);
  });
});

describe('own datasets: provenance', () => {
  it('takes the synthetic flag from any row, the version when the rows agree, and the disputed date', () => {
    const csv = (versions: string[], synthetic: string[]) =>
      `lon,lat,date,date_disputed,data_version,synthetic\n${versions.map((v, i) => `${DY},2020-05-1${i},true,${v},${synthetic[i]}`).join('\n')}`;
    const ds = parse(csv(['v1', 'v1'], ['false', 'true']));
    expect([ds.version, ds.synthetic, ds.operations[0].properties.date_disputed]).toEqual(['v1', true, true]);
    expect([parse(csv(['v1', 'v2'], ['', ''])).version, parse(csv(['v1'], ['false'])).synthetic]).toEqual([
      null,
      false,
    ]);
    expect(parse(csv(['unversioned'], [''])).version).toBe(null);
  });

  it('takes the version of a GeoJSON export from its data_version member', () => {
    const fc = {
      type: 'FeatureCollection',
      data_version: 'abc123',
      features: [makeOp({ id: 'a' }, [40.45232, 35.0865])],
    };
    expect(parseDataset('a.geojson', JSON.stringify(fc), govs).version).toBe('abc123');
  });
});
