import { describe, expect, it } from 'vitest';
import {
  buildChoropleth,
  choroplethColors,
  classBreaks,
  classOf,
  classRanges,
  countByGovernorate,
  VIRIDIS,
} from './choropleth';
import { makeOp } from './test-ops';

describe('countByGovernorate', () => {
  it('counts each operation once, in the governorate its record names, whatever its precision', () => {
    const ops = [
      makeOp({ id: 'a', governorate: 'SY-DY', location_precision: 'village' }),
      makeOp({ id: 'b', governorate: 'SY-DY', location_precision: 'governorate' }),
      // Placed at region level, with a point that lies in another governorate: the record's governorate wins.
      makeOp({ id: 'c', governorate: 'SY-RD', location_precision: 'region' }, [40, 35]),
    ];
    expect(countByGovernorate(ops)).toEqual({ 'SY-DY': 2, 'SY-RD': 1 });
  });
});

/** Sum of squared deviations within the classes that `breaks` makes of `data`. */
function cost(data: number[], breaks: number[]): number {
  let total = 0;
  breaks.forEach((b, i) => {
    const members = data.filter((v) => v <= b && (i === 0 || v > breaks[i - 1]));
    const mean = members.reduce((s, v) => s + v, 0) / members.length;
    total += members.reduce((s, v) => s + (v - mean) ** 2, 0);
  });
  return total;
}

/** Every way to cut sorted distinct values into k classes (the exhaustive reference). */
function bestByBruteForce(data: number[], k: number): number {
  const distinct = [...new Set(data)].sort((a, b) => a - b);
  let best = Infinity;
  const choose = (start: number, left: number, picked: number[]) => {
    if (left === 0) {
      best = Math.min(best, cost(data, [...picked, distinct.at(-1)!]));
      return;
    }
    for (let i = start; i < distinct.length - 1; i++) choose(i + 1, left - 1, [...picked, distinct[i]]);
  };
  choose(0, k - 1, []);
  return best;
}

describe('classBreaks', () => {
  it('gives each distinct value its own class when there are k or fewer', () => {
    expect(classBreaks([9, 1, 1, 0, 0])).toEqual([1, 9]);
    expect(classBreaks([0, 0])).toEqual([]);
  });
  it('finds the natural groups', () => {
    expect(classBreaks([1, 2, 3, 10, 11, 12, 30, 31], 3)).toEqual([3, 12, 31]);
  });
  it('ignores zeros (governorates without operations are not a class)', () => {
    expect(classBreaks([0, 0, 0, 1, 2, 3, 10, 11, 12, 30, 31], 3)).toEqual([3, 12, 31]);
  });
  it('is as good as the best split found exhaustively, and never splits equal values', () => {
    let seed = 7;
    // Few distinct values, so that runs of equal counts are common.
    const rand = (top: number) => ((seed = (seed * 16807) % 2147483647) % top) + 1;
    for (let run = 0; run < 120; run++) {
      const data = Array.from({ length: 6 + (run % 7) }, () => rand(run % 2 ? 40 : 8));
      const breaks = classBreaks(data, 4);
      const distinct = new Set(data).size;
      expect(breaks.length).toBe(Math.min(4, distinct));
      expect(breaks.at(-1)).toBe(Math.max(...data));
      expect(breaks.every((b) => data.includes(b))).toBe(true);
      expect(breaks.every((b, i) => i === 0 || b > breaks[i - 1])).toBe(true);
      if (distinct > 4) expect(cost(data, breaks)).toBeCloseTo(bestByBruteForce(data, 4), 9);
    }
  });
});

describe('classOf and classRanges', () => {
  it('places zero in no class and a count in the first class that holds it', () => {
    expect(classOf(0, [3, 12, 31])).toBe(-1);
    expect(classOf(1, [3, 12, 31])).toBe(0);
    expect(classOf(3, [3, 12, 31])).toBe(0);
    expect(classOf(4, [3, 12, 31])).toBe(1);
    expect(classOf(31, [3, 12, 31])).toBe(2);
  });
  it('turns the bounds into the integer ranges the legend shows', () => {
    expect(classRanges([3, 12, 31], 1)).toEqual([
      { min: 1, max: 3 },
      { min: 4, max: 12 },
      { min: 13, max: 31 },
    ]);
  });
});

describe('choroplethColors', () => {
  it('runs from light to dark on the light basemap and from dark to light on the dark one', () => {
    expect(choroplethColors(5, 'light')).toEqual([...VIRIDIS].reverse());
    expect(choroplethColors(5, 'dark')).toEqual(VIRIDIS);
  });
  it('spreads fewer classes over the whole ramp', () => {
    expect(choroplethColors(2, 'light')).toEqual([VIRIDIS[4], VIRIDIS[0]]);
    expect(choroplethColors(3, 'dark')).toEqual([VIRIDIS[0], VIRIDIS[2], VIRIDIS[4]]);
  });
});

describe('buildChoropleth', () => {
  it('colours each governorate with operations by its class and counts the members of each class', () => {
    const ops = [
      ...Array.from({ length: 9 }, (_, i) => makeOp({ id: `dy${i}`, governorate: 'SY-DY' })),
      makeOp({ id: 'hm', governorate: 'SY-HM' }),
      makeOp({ id: 'rd', governorate: 'SY-RD' }),
    ];
    const c = buildChoropleth(ops, 'light');
    expect(c.total).toBe(11);
    expect(c.breaks).toEqual([1, 9]);
    expect(c.colors).toEqual({ 'SY-DY': VIRIDIS[0], 'SY-HM': VIRIDIS[4], 'SY-RD': VIRIDIS[4] });
    expect(c.classes).toEqual([
      { min: 1, max: 1, color: VIRIDIS[4], governorates: 2 },
      { min: 2, max: 9, color: VIRIDIS[0], governorates: 1 },
    ]);
  });
  it('has no class when nothing matches', () => {
    expect(buildChoropleth([], 'dark')).toMatchObject({ total: 0, breaks: [], colors: {}, classes: [] });
  });
});
