import { describe, expect, it } from 'vitest';
import {
  filterPeriodB,
  periodA,
  periodBFilters,
  periodMarks,
  previousPeriod,
  typeCounts,
  unionByPeriod,
} from './compare';
import { noFilters } from './filter-state';
import { filterOperations } from './filters';
import { makeOp } from './test-ops';

const ops = [
  makeOp({ id: 'a', date: '2017-01-08', type: 'raid' }),
  makeOp({ id: 'b', date: '2017-08-22', type: 'evacuation' }),
  makeOp({ id: 'c', date: '2020-05-06', date_end: '2020-05-07', type: 'raid' }),
  makeOp({ id: 'd', date: '2020-12-31', date_end: '2021-01-01', type: 'raid' }),
  makeOp({ id: 'e', date: '2021-03-01', type: 'raid', governorate: 'SY-HM' }),
];
const ids = (list: { id?: string | number }[]) => list.map((o) => o.id);

describe('period B', () => {
  it('keeps every filter but time, with its own range', () => {
    const f = { ...noFilters, from: '2017-01-01', to: '2017-12-31', years: [2017], types: ['raid'] };
    expect(periodBFilters(f, { from: '2020-01-01', to: '2021-12-31' })).toEqual({
      ...f,
      from: '2020-01-01',
      to: '2021-12-31',
      years: [],
    });
    // A: the 2017 raid; B: the raids of 2020–2021 (the evacuation is filtered out in both).
    expect(ids(filterOperations(ops, f))).toEqual(['a']);
    expect(ids(filterPeriodB(ops, f, { from: '2020-01-01', to: '2021-12-31' }))).toEqual(['c', 'd', 'e']);
  });
  it('counts a span that reaches into the range', () => {
    expect(ids(filterPeriodB(ops, noFilters, { from: '2021-01-01', to: '2021-01-31' }))).toEqual(['d']);
  });
});

describe('periodA and previousPeriod', () => {
  const extent = { from: '2017-01-08', to: '2025-10-22' };
  it('takes the typed range, else the years, else the extent', () => {
    expect(periodA({ from: '2020-01-01', to: null, years: [] }, extent)).toEqual({
      from: '2020-01-01',
      to: '2025-10-22',
    });
    expect(periodA({ from: null, to: null, years: [2020, 2017] }, extent)).toEqual({
      from: '2017-01-01',
      to: '2020-12-31',
    });
    expect(periodA({ from: null, to: null, years: [] }, extent)).toEqual(extent);
  });
  it('gives the period of the same length just before', () => {
    expect(previousPeriod({ from: '2020-01-01', to: '2020-12-31' })).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    // Whole months shift by months (2020's leap day included); other ranges by days.
    expect(previousPeriod({ from: '2021-01-01', to: '2021-12-31' })).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(previousPeriod({ from: '2020-03-01', to: '2020-04-30' })).toEqual({ from: '2020-01-01', to: '2020-02-29' });
    expect(previousPeriod({ from: '2020-03-01', to: '2020-03-10' })).toEqual({ from: '2020-02-20', to: '2020-02-29' });
    expect(previousPeriod({ from: '2017-01-08', to: '2025-10-22' })).toEqual({ from: '2008-03-26', to: '2017-01-07' });
  });
});

describe('unionByPeriod', () => {
  it('lists each operation once, in date order, marked A, B or both', () => {
    const a = filterOperations(ops, { ...noFilters, from: '2020-01-01', to: '2020-12-31' });
    const b = filterPeriodB(ops, noFilters, { from: '2021-01-01', to: '2021-12-31' });
    const rows = unionByPeriod(a, b);
    expect(rows.map((r) => [r.op.id, r.period])).toEqual([
      ['c', 'A'],
      ['d', 'both'],
      ['e', 'B'],
    ]);
    expect(periodMarks(rows).get('d')).toBe('both');
  });
});

describe('typeCounts', () => {
  it('counts each period per type, secondary types included, the most first', () => {
    const a = [
      makeOp({ id: 'r1', type: 'raid', secondary_types: ['hostage-rescue'] }),
      makeOp({ id: 'r2', type: 'raid' }),
    ];
    const b = [makeOp({ id: 'e1', type: 'evacuation' }), makeOp({ id: 'r3', type: 'raid' })];
    expect(typeCounts(a, b)).toEqual([
      { key: 'raid', A: 2, B: 1 },
      { key: 'evacuation', A: 0, B: 1 },
      { key: 'hostage-rescue', A: 1, B: 0 },
    ]);
  });
});
