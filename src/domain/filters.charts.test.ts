/** The chart rows and the filter toggles as a person sees them: ordered, without empty bars, numbers in order. */
import { describe, expect, it } from 'vitest';
import { crossTab, toggle } from './filters';
import { filterOperationsNaive, matches } from './filters-naive';
import { noFilters } from './filter-state';
import { attachVocabulary, buildVocabulary } from './search-vocabulary';
import { makeOp } from './test-ops';

const list = [
  makeOp({ id: 'a', date: '2019-03-01', governorate: 'SY-RD', actors: ['sdf'] }),
  makeOp({ id: 'b', date: '2020-03-01', governorate: 'SY-DY', actors: ['coalition', 'sdf'] }),
  makeOp({ id: 'c', date: '2021-03-01', governorate: 'SY-AL', actors: ['coalition'] }),
];

describe('crossTab rows', () => {
  it('lists the bars in key order, whatever order the data has them in', () => {
    expect(crossTab(list, noFilters, 'gov', null).map((r) => r.key)).toEqual(['SY-AL', 'SY-DY', 'SY-RD']);
  });

  it('leaves out a bar with nothing to count, and a series with nothing in a bar', () => {
    const rows = crossTab(list, { ...noFilters, years: [2019, 2020] }, 'gov', 'actors');
    expect(rows).toEqual([
      { key: 'SY-DY', counts: { coalition: 1, sdf: 1 } },
      { key: 'SY-RD', counts: { sdf: 1 } },
    ]);
  });

  it('keeps the chart’s own filter out when asked, so the other bars stay', () => {
    const f = { ...noFilters, gov: ['SY-DY'] };
    expect(crossTab(list, f, 'gov', null, 'gov').map((r) => r.key)).toEqual(['SY-AL', 'SY-DY', 'SY-RD']);
    expect(crossTab(list, f, 'gov', null).map((r) => r.key)).toEqual(['SY-DY']);
  });
});

describe('matches', () => {
  it('leaves out only the skipped key', () => {
    const f = { ...noFilters, gov: ['SY-DY'], actors: ['sdf'] };
    expect(matches(list[0], f)).toBe(false);
    expect(matches(list[0], f, 'gov')).toBe(true);
    expect(matches(list[2], f, 'gov')).toBe(false);
  });

  it('matches a year given as a number or as text', () => {
    expect(matches(list[1], { ...noFilters, years: [2020] })).toBe(true);
    expect(matches(list[1], { ...noFilters, years: ['2020' as unknown as number] })).toBe(true);
  });
});

describe('filterOperationsNaive', () => {
  it('searches the labels attached to the array, as the engine does', () => {
    const ops = [makeOp({ id: 'a', type: 'evacuation', title_en: 'x', title_ar: 'س' })];
    const label = (en: string, ar: string) => ({ en, ar });
    const vocabulary = buildVocabulary({
      taxonomy: {
        types: { evacuation: label('Evacuation by air', 'إجلاء جوي') },
        actors: {},
        targets: {},
        governorates: {},
      },
      governorates: {},
    } as unknown as Parameters<typeof buildVocabulary>[0]);
    expect(filterOperationsNaive(ops, { ...noFilters, q: 'إجلاء' })).toEqual([]);
    attachVocabulary(ops, vocabulary);
    expect(filterOperationsNaive(ops, { ...noFilters, q: 'إجلاء' })).toEqual(ops);
  });
});

describe('toggle', () => {
  it('keeps years in numeric order as they are added', () => {
    expect(toggle([2020], 2017)).toEqual([2017, 2020]);
    expect(toggle([2017, 2020], 2019)).toEqual([2017, 2019, 2020]);
  });
  it('removes a value that is there, leaving the others in order', () => {
    expect(toggle(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggle([2017], 2017)).toEqual([]);
  });
});
