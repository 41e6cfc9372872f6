/**
 * Node benchmark of the filter: the columnar engine vs the straightforward Array.filter over the same objects,
 * on synthetic datasets, over a set of typical exploration filters (time windows, years, facets, combinations).
 */
import { buildEngine } from '../../src/domain/filter-engine';
import { filterOperationsNaive } from '../../src/domain/filters';
import { noFilters, type Filters } from '../../src/domain/filter-state';
import type { OperationFeature } from '../../src/domain/operation-schema';

export const FILTERS: Partial<Filters>[] = [
  {},
  { from: '2020-01-01', to: '2020-01-31' },
  { from: '2017-06-01', to: '2017-06-30', actors: ['sdf'] },
  { from: '2019-01-01', to: '2021-12-31' },
  { years: [2017] },
  { years: [2016, 2020, 2024] },
  { actors: ['coalition'] },
  { actors: ['sdf', 'syrian-gov'], types: ['raid'] },
  { types: ['evacuation', 'supply-drop'] },
  { gov: ['SY-DY'] },
  { gov: ['SY-HA', 'SY-RA'], prec: ['village', 'exact'] },
  { conf: ['high'], airborne: true },
  { prec: ['near', 'subdistrict'], years: [2022] },
  { from: '2023-03-01', to: '2023-03-07', gov: ['SY-DY'], types: ['raid'] },
  { targets: ['isis'], actors: ['coalition'], from: '2015-01-01', to: '2018-12-31' },
];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

function time(fn: () => unknown, reps: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export interface FilterBenchResult {
  n: number;
  build_ms: number;
  engine_p50: number;
  engine_p95: number;
  naive_p50: number;
  naive_p95: number;
  speedup_p50: number;
  search_engine_ms: number;
  search_naive_ms: number;
}

export function benchFilters(ops: OperationFeature[], reps: number): FilterBenchResult {
  const t0 = performance.now();
  const engine = buildEngine(ops);
  const build = performance.now() - t0;
  const filters = FILTERS.map((f) => ({ ...noFilters, ...f }));
  // Same answers, or the comparison means nothing.
  for (const f of filters) {
    if (engine.query(f).length !== filterOperationsNaive(ops, f).length)
      throw new Error(`engine and naive disagree on ${JSON.stringify(f)}`);
  }
  const engineTimes: number[] = [];
  const naiveTimes: number[] = [];
  for (const f of filters) {
    engineTimes.push(...time(() => engine.query(f), reps));
    naiveTimes.push(...time(() => filterOperationsNaive(ops, f), Math.max(1, Math.ceil(reps / 4))));
  }
  const search = { ...noFilters, q: 'synthetic 12345' };
  const searchEngine = percentile(
    time(() => engine.query(search), 3),
    50,
  );
  const searchNaive = percentile(
    time(() => filterOperationsNaive(ops, search), 3),
    50,
  );
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: ops.length,
    build_ms: r(build),
    engine_p50: r(percentile(engineTimes, 50)),
    engine_p95: r(percentile(engineTimes, 95)),
    naive_p50: r(percentile(naiveTimes, 50)),
    naive_p95: r(percentile(naiveTimes, 95)),
    speedup_p50: r(percentile(naiveTimes, 50) / percentile(engineTimes, 50)),
    search_engine_ms: r(searchEngine),
    search_naive_ms: r(searchNaive),
  };
}
