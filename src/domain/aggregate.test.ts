import { describe, expect, it } from 'vitest';
import { crossCount, histogram, outcomeTotals } from './aggregate';
import { chooseBin, nextBin } from './dates';
import { makeOp } from './test-ops';

describe('time bins', () => {
  it('chooses years for long spans, months for seasons, days for weeks', () => {
    expect(chooseBin('2017-01-01', '2025-12-31')).toBe('year');
    expect(chooseBin('2020-01-01', '2020-12-31')).toBe('month');
    expect(chooseBin('2020-05-01', '2020-05-31')).toBe('day');
  });
  it('steps months across a year end', () => expect(nextBin('2020-12-01', 'month')).toBe('2021-01-01'));
});

describe('histogram', () => {
  it('counts operations per bin stacked by type, including empty bins', () => {
    const ops = [
      makeOp({ id: 'a', date: '2020-05-07', type: 'raid' }),
      makeOp({ id: 'b', date: '2020-05-17', type: 'raid' }),
      makeOp({ id: 'c', date: '2020-04-04', type: 'supply-drop' }),
    ];
    const bins = histogram(ops, '2020-03-15', '2020-06-10', 'month');
    expect(bins.map((b) => [b.start, b.total])).toEqual([
      ['2020-03-01', 0],
      ['2020-04-01', 1],
      ['2020-05-01', 2],
      ['2020-06-01', 0],
    ]);
    expect(bins[2].byType).toEqual({ raid: 2 });
  });
});

describe('crossCount', () => {
  it('counts an operation once per actor', () => {
    const ops = [makeOp({ id: 'a', actors: ['coalition', 'sdf'] }), makeOp({ id: 'b', date: '2021-02-02' })];
    const rows = crossCount(
      ops,
      (o) => [String(o.properties.year)],
      (o) => o.properties.actors,
    );
    expect(rows).toEqual([
      { key: '2020', counts: { coalition: 1, sdf: 1 } },
      { key: '2021', counts: { coalition: 1 } },
    ]);
  });
});

describe('outcomeTotals', () => {
  it('adds ranges and keeps an open maximum open', () => {
    const ops = [
      makeOp({ id: 'a', killed_min: 8, killed_max: null, freed_min: 2, freed_max: 2 }),
      makeOp({ id: 'b', killed_min: 1, killed_max: 2 }),
      makeOp({ id: 'c' }),
    ];
    const t = outcomeTotals(ops);
    expect(t.killed).toEqual({ min: 9, max: null, reported: 2 });
    expect(t.freed).toEqual({ min: 2, max: 2, reported: 1 });
    expect(t.captured).toEqual({ min: 0, max: 0, reported: 0 });
  });
});
