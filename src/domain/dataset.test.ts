import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from './dataset';
import { parseGovernorates } from './geo';
import { makeOp } from './test-ops';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));

describe('own datasets: GeoJSON', () => {
  it('keeps valid features and lists each invalid one with its line and reason', () => {
    const good = makeOp({ id: 'good', date: '2020-05-17' });
    const bad = { ...makeOp({ id: 'bad' }), properties: { ...makeOp({ id: 'bad' }).properties, date: '2020-02-30' } };
    const text = `{"type":"FeatureCollection","features":[\n${JSON.stringify(good)},\n${JSON.stringify(bad)}\n]}`;
    const ds = parseDataset('mine.geojson', text, govs);
    expect(ds.operations.map((o) => o.id)).toEqual(['good']);
    expect(ds.errors).toEqual([
      { line: 3, row: 2, reason: expect.stringContaining('properties.date: not a real calendar date') },
    ]);
  });

  it('refuses what is not a FeatureCollection, an empty file and a binary one', () => {
    expect(() => parseDataset('x.geojson', '{"type":"Feature"}', govs)).toThrow(DatasetError);
    expect(() => parseDataset('x.geojson', '  ', govs)).toThrow('x.geojson: the file is empty');
    expect(() => parseDataset('x.geojson', 'PK\u0000\u0003', govs)).toThrow('binary');
  });
});

describe('own datasets: CSV', () => {
  it('maps lon/lat/date columns, finds the governorate, and reports bad rows by line', () => {
    const csv = [
      'lon,lat,date,title_en,actors,quote_ar',
      '40.45232,35.0865,2020-05-18,Raid at Shuhayl,coalition;sdf,نص',
      '40.4,35.1,2020-13-01,Bad date,,',
      '44.4,33.3,2020-01-01,Baghdad,,',
    ].join('\n');
    const ds = parseDataset('events.csv', csv, govs);
    expect(ds.operations).toHaveLength(1);
    expect(ds.operations[0].properties).toMatchObject({
      governorate: 'SY-DY',
      actors: ['coalition', 'sdf'],
      title_en: 'Raid at Shuhayl',
    });
    expect(ds.errors.map((e) => [e.line, e.reason.split(':')[0]])).toEqual([
      [3, 'date'],
      [4, 'lon/lat'],
    ]);
  });

  it('names missing required columns', () => {
    expect(() => parseDataset('e.csv', 'x,y\n1,2', govs)).toThrow('missing required column(s) lon, lat, date');
  });
});
