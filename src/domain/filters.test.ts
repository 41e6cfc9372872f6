import { describe, expect, it } from 'vitest';
import { facetCounts, filterOperations, toggle } from './filters';
import { noFilters, type Filters } from './filter-state';
import { makeOp } from './test-ops';

const ops = [
  makeOp({ id: 'a', date: '2017-01-08', actors: ['coalition'], type: 'raid', secondary_types: ['hostage-rescue'] }),
  makeOp({ id: 'b', date: '2020-05-16', date_end: '2020-05-17', actors: ['coalition', 'sdf'], governorate: 'SY-DY' }),
  makeOp({
    id: 'c',
    date: '2020-12-31',
    date_end: '2021-01-01',
    actors: ['sdf'],
    airborne_explicit: false,
    place_ar: 'الشحيل',
  }),
  makeOp({
    id: 'd',
    date: '2025-10-18',
    actors: ['coalition', 'syrian-gov'],
    governorate: 'SY-RD',
    location_precision: 'region',
  }),
];
const ids = (f: Partial<Filters>) => filterOperations(ops, { ...noFilters, ...f }).map((o) => o.id);

describe('filterOperations', () => {
  it('returns everything without filters', () => expect(ids({})).toEqual(['a', 'b', 'c', 'd']));
  it('ORs values within a key and ANDs keys', () => {
    expect(ids({ actors: ['sdf', 'syrian-gov'] })).toEqual(['b', 'c', 'd']);
    expect(ids({ actors: ['sdf', 'syrian-gov'], years: [2020] })).toEqual(['b', 'c']);
  });
  it('matches a span that overlaps a year or a date range', () => {
    expect(ids({ years: [2021] })).toEqual(['c']);
    expect(ids({ from: '2020-05-17', to: '2020-05-17' })).toEqual(['b']);
    expect(ids({ from: '2021-01-01' })).toEqual(['c', 'd']);
  });
  it('matches secondary types', () => expect(ids({ types: ['hostage-rescue'] })).toEqual(['a']));
  it('keeps only operations reported by two or more outlets when asked (counted when not published)', () => {
    const two = { outlet: 'Other', outlet_ar: 'أخرى', url: 'https://example.org/2', published: '2020-01-02' };
    const cited = {
      ...two,
      published_end: null,
      published_precision: 'exact' as const,
      claims_en: 'x',
      claims_ar: 'س',
    };
    const withSources = [
      makeOp({ id: 'one', corroboration: 1 }),
      makeOp({ id: 'two', corroboration: 2 }),
      makeOp({ id: 'counted', sources: [...makeOp({ id: 'x' }).properties.sources, cited] }),
    ];
    expect(filterOperations(withSources, { ...noFilters, corr: true }).map((o) => o.id)).toEqual(['two', 'counted']);
  });
  it('keeps only explicitly airborne operations when asked', () =>
    expect(ids({ airborne: true })).toEqual(['a', 'b', 'd']));
  it('finds Arabic variants of a place name', () => {
    expect(ids({ q: 'الشحيل' })).toEqual(['c']);
    expect(ids({ q: 'شحيل' })).toEqual(['c']);
    expect(ids({ q: 'بالشحيل' })).toEqual(['c']);
  });
  it('filters by governorate and precision', () => {
    expect(ids({ gov: ['SY-RD'] })).toEqual(['d']);
    expect(ids({ prec: ['village'] })).toEqual(['a', 'b', 'c']);
  });
});

describe('facetCounts', () => {
  it('counts each option under every other filter', () => {
    const f = { ...noFilters, actors: ['sdf'], years: [2020] };
    expect(facetCounts(ops, f, 'actors', ['coalition', 'sdf', 'syrian-gov'])).toEqual({
      coalition: 1,
      sdf: 2,
      'syrian-gov': 0,
    });
    expect(facetCounts(ops, f, 'years', ['2017', '2020', '2025'])).toEqual({ 2017: 0, 2020: 2, 2025: 0 });
  });
});

describe('toggle', () => {
  it('adds in order and removes', () => {
    expect(toggle(['b'], 'a')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
