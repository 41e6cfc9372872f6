/**
 * What a person notices when a link is hand-edited, truncated or old: each key accepts exactly its valid values,
 * at its limits, and `ignoredParams` names what was dropped. Pins the validation the round-trip tests cannot see.
 */
import { describe, expect, it } from 'vitest';
import { defaultViewState, ignoredParams, parse, serialize } from './codec';

const map = (raw: string) => parse(`?map=${raw}`).map;

describe('map= camera from a link', () => {
  it('never opens a link with a garbled camera at NaN: non-numbers, missing or extra parts are ignored', () => {
    for (const raw of ['abc', 'abc/35/40', '7/abc/40', '7/35/abc', '7x/35/40', '7/35x/40', '7/35/40x', 'x7/35/40'])
      expect(map(raw), raw).toBeNull();
    expect(map('7/35')).toBeNull();
    expect(map('7/35/40/1')).toBeNull();
    expect(map('7.5/35/40')).toEqual({ zoom: 7.5, lat: 35, lon: 40 });
    expect(map('7.5.1/35/40')).toBeNull();
    expect(map('7./35/40')).toBeNull();
  });

  it('opens cameras south of the equator and west of Greenwich (negative degrees)', () => {
    expect(map('5/-33.5/-70.25')).toEqual({ zoom: 5, lat: -33.5, lon: -70.25 });
  });

  it('accepts a camera on the edges of the world and refuses one just past them', () => {
    expect(map('0/85/180')).toEqual({ zoom: 3, lat: 85, lon: 180 });
    expect(map('22/-85/-180')).toEqual({ zoom: 16, lat: -85, lon: -180 });
    for (const raw of ['22.1/35/40', '-0.1/35/40', '7/85.1/40', '7/-85.1/40', '7/35/180.1', '7/35/-180.1'])
      expect(map(raw), raw).toBeNull();
  });

  it('clamps a valid zoom into the map’s limits, rounding to what the URL keeps', () => {
    expect(map('2.99/35/40')?.zoom).toBe(3);
    expect(map('16.5/35/40')?.zoom).toBe(16);
    expect(map('7.123456/35.123456/40.123456')).toEqual({ zoom: 7.12, lat: 35.1235, lon: 40.1235 });
  });

  it('treats an empty map= as no camera', () => {
    expect(parse('?map=').map).toBeNull();
    expect(ignoredParams('?map=')).toEqual(['map=']);
  });
});

describe('time range from a link', () => {
  it('keeps a one-sided range as given (only from, or only to)', () => {
    expect(parse('?from=2020-01-01')).toMatchObject({ from: '2020-01-01', to: null });
    expect(parse('?to=2020-01-01')).toMatchObject({ from: null, to: '2020-01-01' });
  });

  it('keeps a one-day range and a range given in order', () => {
    expect(parse('?from=2020-01-01&to=2020-01-01')).toMatchObject({ from: '2020-01-01', to: '2020-01-01' });
    expect(parse('?from=2020-01-01&to=2020-02-01')).toMatchObject({ from: '2020-01-01', to: '2020-02-01' });
  });

  it('ignores an impossible end date but keeps the start', () => {
    expect(parse('?from=2020-01-01&to=2020-02-30')).toMatchObject({ from: '2020-01-01', to: null });
    expect(ignoredParams('?from=2020-01-01&to=2020-02-30')).toEqual(['to=2020-02-30']);
  });
});

describe('list filters from a link', () => {
  it('accepts only four-digit years of the 1900s and 2000s (no 12020, 2020x or 1899)', () => {
    expect(parse('?years=12020,2020x,x2020,1899,2100,1900,2099,2020').years).toEqual([1900, 2020, 2099]);
  });

  it('keeps each value once, sorted, and drops empty parts', () => {
    expect(parse('?actors=sdf,,coalition,sdf').actors).toEqual(['coalition', 'sdf']);
    expect(serialize(parse('?actors=sdf,,coalition,sdf'))).toBe('?v=1&actors=coalition,sdf');
  });

  it('accepts taxonomy ids of lower-case letters, digits and hyphens up to 40 characters', () => {
    const id40 = 'a'.repeat(40);
    for (const key of ['actors', 'targets', 'types'] as const) {
      expect(parse(`?${key}=hostage-rescue,x1,${id40}`)[key], key).toEqual(['hostage-rescue', id40, 'x1'].sort());
      expect(parse(`?${key}=SDF,a b,${id40}a,é,x.y`)[key], key).toEqual([]);
    }
  });

  it('accepts governorate codes SY-XX only', () => {
    expect(parse('?gov=SY-DY,SY-dy,SY-DYX,xSY-DY,IQ-BG,SY-D').gov).toEqual(['SY-DY']);
  });

  it('accepts the six location precisions and three confidences, whole words only', () => {
    expect(parse('?prec=exact,village,near,subdistrict,governorate,region').prec).toEqual([
      'exact',
      'governorate',
      'near',
      'region',
      'subdistrict',
      'village',
    ]);
    expect(parse('?prec=exacto,xnear,regions,Exact').prec).toEqual([]);
    expect(parse('?conf=high,medium,low').conf).toEqual(['high', 'low', 'medium']);
    expect(parse('?conf=higher,xlow,mediums').conf).toEqual([]);
  });

  it('writes lists with plain commas, in the order kept', () => {
    const s = { ...defaultViewState, years: [2017, 2020], gov: ['SY-DY', 'SY-RA'], prec: ['near'], conf: ['low'] };
    expect(serialize(s)).toBe('?v=1&years=2017,2020&gov=SY-DY,SY-RA&prec=near&conf=low');
  });
});

describe('switches and single values from a link', () => {
  it('turns a switch on only with =1', () => {
    for (const key of ['airborne', 'corr', 'charts', 'embed'] as const) {
      expect(parse(`?${key}=1`)[key], key).toBe(true);
      for (const raw of ['0', '', 'true', '11']) expect(parse(`?${key}=${raw}`)[key], `${key}=${raw}`).toBe(false);
    }
  });

  it('cuts a long search text to its first 200 characters', () => {
    const q = `${'ب'.repeat(199)}xyz`;
    expect(parse(`?q=${encodeURIComponent(q)}`).q).toBe(`${'ب'.repeat(199)}x`);
    expect(parse(`?q=${'a'.repeat(200)}`).q).toHaveLength(200);
  });

  it('accepts operation ids in any script up to 200 characters, and nothing else', () => {
    expect(parse('?op=عملية_1.2:3-4').op).toBe('عملية_1.2:3-4');
    expect(parse(`?op=${'a'.repeat(200)}`).op).toHaveLength(200);
    for (const raw of [`${'a'.repeat(201)}`, 'a b', 'a/b', 'a<b', ''])
      expect(parse(`?op=${encodeURIComponent(raw)}`).op, raw).toBeNull();
  });

  it('accepts the three layers and basemap ids of up to 40 lower-case letters, digits and hyphens', () => {
    expect(parse('?layer=clusters').layer).toBe('clusters');
    expect(parse('?layer=points').layer).toBe('points');
    expect(parse('?layer=Heat').layer).toBe('points');
    expect(parse('?base=osm-2').base).toBe('osm-2');
    expect(parse(`?base=${'b'.repeat(40)}`).base).toBe('b'.repeat(40));
    for (const raw of [`${'b'.repeat(41)}`, 'OSM', 'a b', 'x.y', ''])
      expect(parse(`?base=${raw}`).base).toBe('embedded');
  });

  it('opens a dataset by a same-origin path (relative or absolute), never another host or odd characters', () => {
    expect(parse('?data=other.geojson').data).toBe('other.geojson');
    expect(parse('?data=/data/my-set_2.geojson').data).toBe('/data/my-set_2.geojson');
    expect(parse(`?data=${'d'.repeat(200)}`).data).toHaveLength(200);
    expect(parse(`?data=/${'d'.repeat(200)}`).data).toHaveLength(201);
    for (const raw of [
      '//evil.example/x',
      '///x',
      'a b',
      'x?y=1',
      'd'.repeat(201),
      `/${'d'.repeat(201)}`,
      'https://e.x/',
    ])
      expect(parse(`?data=${encodeURIComponent(raw)}`).data, raw).toBeNull();
  });

  it('writes a dataset path with its slashes', () => {
    expect(serialize({ ...defaultViewState, data: '/data/other.geojson' })).toBe('?v=1&data=/data/other.geojson');
  });

  it('opens the two full pages only', () => {
    expect(parse('?page=propose').page).toBe('propose');
    expect(parse('?page=Propose').page).toBeNull();
  });
});

describe('ignoredParams: what the link notice names', () => {
  it('names each bad single value under its own key', () => {
    const bad = '?v=2&lang=fr&map=abc&from=x&to=2020-13-01&op=a%20b&layer=x&base=OSM&data=//e.example&page=admin';
    expect(ignoredParams(bad)).toEqual([
      'v=2',
      'lang=fr',
      'map=abc',
      'from=x',
      'to=2020-13-01',
      'op=a b',
      'layer=x',
      'base=OSM',
      'data=//e.example',
      'page=admin',
    ]);
  });

  it('names nothing for a link that is entirely valid, switches set to 0 or left empty included', () => {
    const good =
      '?v=1&lang=ar&map=7/35/40&from=2020-01-01&to=2020-02-01&op=x&layer=heat&base=osm&data=/d/x.geojson&page=propose&airborne=0&corr=&charts=1&embed=1&gov=SY-DY&prec=near&conf=low&q=x';
    expect(ignoredParams(good)).toEqual([]);
  });

  it('names only the dropped values of a list, and a switch set to anything but 1, 0 or nothing', () => {
    expect(ignoredParams('?gov=SY-DY,bad&actors=sdf,,SDF&airborne=yes&embed=2')).toEqual([
      'gov=bad',
      'actors=SDF',
      'airborne=yes',
      'embed=2',
    ]);
  });

  it('names the part of a search text past 200 characters (up to 30 of them), not a text of exactly 200', () => {
    expect(ignoredParams(`?q=${'a'.repeat(200)}`)).toEqual([]);
    expect(ignoredParams(`?q=${'a'.repeat(200)}${'b'.repeat(40)}`)).toEqual([`q=${'b'.repeat(30)}…`]);
  });

  it('names a swapped range as nothing: both dates were used', () => {
    expect(ignoredParams('?from=2021-01-01&to=2020-01-01')).toEqual([]);
  });
});
