import { describe, expect, it } from 'vitest';
import { noFilters } from '../../domain/filter-state';
import { filterOperations } from '../../domain/filters';
import { makeOp } from '../../domain/test-ops';
import { categoryRows, MAX_SERIES, OTHER_SERIES, yearRows } from './chart-data';

// 2020: four operations, three of them by two actors (the "7 for 4 operations").
const ops = [
  makeOp({ id: 'a', date: '2017-01-08', type: 'raid', secondary_types: ['hostage-rescue'] }),
  makeOp({ id: 'b', date: '2020-04-04', type: 'supply-drop' }),
  makeOp({ id: 'c', date: '2020-05-06', actors: ['coalition', 'sdf'] }),
  makeOp({ id: 'd', date: '2020-05-16', actors: ['coalition', 'sdf'] }),
  makeOp({ id: 'e', date: '2020-05-17', actors: ['sdf', 'coalition'], governorate: 'SY-HM' }),
];

describe('yearRows', () => {
  it('stacks actor combinations so that a year adds up to its operations', () => {
    const { rows, series } = yearRows(ops, noFilters);
    expect(series.map((s) => s.actors)).toEqual([['coalition', 'sdf'], ['coalition']]);
    const y2020 = rows.find((r) => r.key === '2020')!;
    expect([y2020.s0, y2020.s1, y2020.total]).toEqual([3, 1, 4]);
    expect(y2020.total).toBe(filterOperations(ops, { ...noFilters, years: [2020] }).length);
  });

  it('shows every year between the first and the last, empty ones at zero', () =>
    expect(yearRows(ops, noFilters).rows.map((r) => [r.key, r.total])).toEqual([
      ['2017', 1],
      ['2018', 0],
      ['2019', 0],
      ['2020', 4],
    ]));

  it('keeps the other years while years are filtered, marking the selected ones', () => {
    const rows = yearRows(ops, { ...noFilters, years: [2020], gov: ['SY-DY'] }).rows;
    expect(rows.map((r) => [r.key, r.total, r.selected])).toEqual([
      ['2017', 1, false],
      ['2018', 0, false],
      ['2019', 0, false],
      ['2020', 3, true],
    ]);
  });

  it('gives rare combinations one shared series', () => {
    const many = Array.from({ length: MAX_SERIES + 2 }, (_, i) =>
      makeOp({ id: `x${i}`, actors: ['coalition', `partner-${i}`] }),
    );
    const { rows, series } = yearRows(many, noFilters);
    expect(series).toHaveLength(MAX_SERIES);
    expect(series.at(-1)!.id).toBe(OTHER_SERIES);
    expect(rows[0].total).toBe(many.length);
    expect(rows[0][OTHER_SERIES]).toBe(3);
  });
});

describe('categoryRows', () => {
  it('counts main and secondary types, in taxonomy order, zeros included', () =>
    expect(categoryRows(ops, noFilters, 'types', ['raid', 'hostage-rescue', 'evacuation', 'supply-drop'])).toEqual([
      { key: 'raid', count: 4, selected: false },
      { key: 'hostage-rescue', count: 1, selected: false },
      { key: 'evacuation', count: 0, selected: false },
      { key: 'supply-drop', count: 1, selected: false },
    ]));

  it('counts under every filter but its own and marks the selection', () =>
    expect(categoryRows(ops, { ...noFilters, gov: ['SY-HM'], years: [2020] }, 'gov')).toEqual([
      { key: 'SY-DY', count: 3, selected: false },
      { key: 'SY-HM', count: 1, selected: true },
    ]));
});
