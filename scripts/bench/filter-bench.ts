/**
 * Node benchmark of the filter: the columnar engine vs the straightforward Array.filter over the same objects,
 * on synthetic datasets, over a set of typical exploration filters (time windows, years, facets, combinations),
 * and area queries (grid prefilter + exact test) vs a straightforward point-in-polygon over every operation.
 */
import { buildEngine } from '../../src/domain/filter-engine';
import { filterOperationsNaive } from '../../src/domain/filters-naive';
import { noFilters, type Filters } from '../../src/domain/filter-state';
import type { OperationFeature } from '../../src/domain/operation-schema';
import { type Area } from '../../src/domain/spatial';
import { inArea } from '../../src/domain/spatial-geometry';

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

/** Areas an analyst draws: a rectangle over the Euphrates valley, a concave polygon, a governorate-sized outline. */
export const AREAS: Area[] = [
  { kind: 'box', box: [40.1, 34.8, 40.8, 35.4] },
  {
    kind: 'polygon',
    ring: [
      [39.8, 35.7],
      [40.3, 35.3],
      [40.9, 34.9],
      [40.9, 34.6],
      [40.5, 34.9],
      [40.2, 35.0],
      [39.7, 35.4],
    ],
  },
  {
    kind: 'polygon',
    ring: Array.from({ length: 50 }, (_, i): [number, number] => {
      const a = (i / 50) * 2 * Math.PI;
      const r = 1 + 0.25 * Math.sin(5 * a);
      return [38.8 + r * 1.4 * Math.cos(a), 35.2 + r * Math.sin(a)];
    }),
  },
];

export interface AreaBenchResult {
  n: number;
  /** An area query through the engine (grid prefilter + exact test on border cells), ms. */
  area_filter_ms_p50: number;
  area_filter_ms_p95: number;
  /** The straightforward point-in-polygon over every operation, same areas, same run, ms. */
  area_baseline_ms_p50: number;
  area_baseline_ms_p95: number;
  /** Building the grid (once per dataset, on the first area query), ms. */
  area_index_build_ms: number;
  area_speedup_p50: number;
}

/**
 * Area queries on the engine vs the straightforward test. Each repetition shifts the area by a hair, so the
 * engine's kept answer for the last area is never reused: every timing is a full spatial query.
 */
export function benchAreas(ops: OperationFeature[], reps: number): AreaBenchResult {
  const engine = buildEngine(ops);
  const shifted = (a: Area, k: number): Area => {
    const d = k * 1e-6;
    return a.kind === 'box'
      ? { kind: 'box', box: [a.box[0] + d, a.box[1], a.box[2] + d, a.box[3]] }
      : { kind: 'polygon', ring: a.ring.map(([x, y]) => [x + d, y] as [number, number]) };
  };
  const t0 = performance.now();
  engine.query({ ...noFilters, area: shifted(AREAS[0], -1) });
  const build = performance.now() - t0;
  const engineTimes: number[] = [];
  const baseTimes: number[] = [];
  for (const area of AREAS) {
    const want = ops.filter((o) => inArea(o.geometry.coordinates, area)).length;
    if (engine.query({ ...noFilters, area }).length !== want)
      throw new Error(`engine and point-in-polygon disagree on ${JSON.stringify(area)}`);
    // Engine runs first, then the baseline: the baseline's garbage must not land in the engine's timings.
    for (let k = 0; k < reps; k++) {
      const f = { ...noFilters, area: shifted(area, k + 1) };
      engineTimes.push(...time(() => engine.query(f), 1));
    }
    for (let k = 0; k < reps; k++) {
      const a = shifted(area, k + 1);
      baseTimes.push(...time(() => ops.filter((o) => inArea(o.geometry.coordinates, a)), 1));
    }
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: ops.length,
    area_filter_ms_p50: r(percentile(engineTimes, 50)),
    area_filter_ms_p95: r(percentile(engineTimes, 95)),
    area_baseline_ms_p50: r(percentile(baseTimes, 50)),
    area_baseline_ms_p95: r(percentile(baseTimes, 95)),
    area_index_build_ms: r(build),
    area_speedup_p50: r(percentile(baseTimes, 50) / percentile(engineTimes, 50)),
  };
}
