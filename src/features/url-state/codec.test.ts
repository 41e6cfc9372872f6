import { describe, expect, it } from 'vitest';
import { defaultViewState, ignoredParams, parse, serialize, type ViewState } from './codec';

describe('URL codec', () => {
  it('parses every key of the test contract', () => {
    const s = parse(
      '?v=1&lang=ar&map=6.5/35.1/40.4&from=2017-01-01&to=2020-12-31&years=2020,2017&actors=sdf,syrian-gov&targets=isis&types=raid&gov=SY-DY&prec=near,village&conf=low,high&airborne=1&corr=1&q=الشحيل&op=2017-01-08-kubar&layer=heat&base=osm&data=/data/other.geojson&charts=1&page=methodology&embed=1&area=40.1,34.8,40.8,35.4&near=albu-kamal,20&vs=2019-12-31..2019-01-01',
    );
    expect(s).toEqual<ViewState>({
      lang: 'ar',
      map: { zoom: 6.5, lat: 35.1, lon: 40.4 },
      from: '2017-01-01',
      to: '2020-12-31',
      years: [2017, 2020],
      actors: ['sdf', 'syrian-gov'],
      targets: ['isis'],
      types: ['raid'],
      gov: ['SY-DY'],
      prec: ['near', 'village'],
      conf: ['high', 'low'],
      airborne: true,
      corr: true,
      q: 'الشحيل',
      op: '2017-01-08-kubar',
      layer: 'heat',
      base: 'osm',
      data: '/data/other.geojson',
      charts: true,
      page: 'methodology',
      embed: true,
      area: { kind: 'box', box: [40.1, 34.8, 40.8, 35.4] },
      near: { place: 'albu-kamal', km: 20 },
      vs: { from: '2019-01-01', to: '2019-12-31' },
    });
  });

  it('round-trips a state through the URL', () => {
    const s = parse('?lang=en&years=2020&actors=sdf&op=2020-05-18-shuhayl&map=7/35/40');
    expect(parse(serialize(s))).toEqual(s);
  });

  it('omits defaults and keeps only v=1 for the default view', () => {
    expect(serialize(defaultViewState)).toBe('?v=1');
  });

  it('ignores unknown keys and bad values', () => {
    const s = parse(
      '?years=abc&map=999/999/999&from=2020-13-45&to=2021-02-29&op=<script>alert(1)</script>&layer=x&lang=fr&foo=bar&data=//evil.example/x.geojson&charts=yes&page=admin&embed=2',
    );
    expect(s).toEqual(defaultViewState);
    expect(parse('?data=https://evil.example/x.geojson').data).toBeNull();
  });

  it('reads and writes the corroborated-only filter as corr=1, and names a bad value', () => {
    expect(parse('?corr=1').corr).toBe(true);
    expect(parse('?corr=yes').corr).toBe(false);
    expect(serialize({ ...defaultViewState, corr: true })).toBe('?v=1&corr=1');
    expect(ignoredParams('?corr=1')).toEqual([]);
    expect(ignoredParams('?corr=yes')).toEqual(['corr=yes']);
  });

  it('swaps a range given backwards and clamps the zoom to the map limits', () => {
    expect(parse('?from=2021-01-01&to=2020-01-01')).toMatchObject({ from: '2020-01-01', to: '2021-01-01' });
    expect(parse('?map=1/35/40').map).toEqual({ zoom: 3, lat: 35, lon: 40 });
  });

  it('names what a link had that was ignored, and nothing else', () => {
    expect(
      ignoredParams('?v=1&lang=ar&years=2020,abc,12020&map=abc&foo=bar&from=2020-02-30&layer=points&charts=yes&op=x'),
    ).toEqual(['years=abc,12020', 'map=abc', 'foo=bar', 'from=2020-02-30', 'charts=yes']);
    expect(ignoredParams('?v=1&lang=en&map=7/35/40&years=2017&q=الشحيل&op=2017-01-08-kubar&bench-map=setdata')).toEqual(
      [],
    );
    expect(ignoredParams(`?q=${'x'.repeat(205)}`)).toEqual(['q=xxxxx…']);
  });
});
