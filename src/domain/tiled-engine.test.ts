import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestTiled } from '../../scripts/tiled-fixture';
import { toDay } from './dates';
import { facetCounts, filterOperations } from './filters';
import { noFilters, type FacetKey, type Filters } from './filter-state';
import type { OperationFeature } from './operation-schema';
import { buildTiledEngine, FACET_KEYS, type TiledColumns, type TiledEngine } from './tiled-engine';
import { idOf, readIndex } from './tiled-format';

let engine: TiledEngine;
let sorted: OperationFeature[];
let ids: (row: number) => string;
let typeValues: string[];

beforeAll(() => {
  // Some operations span several days (across New Year), have secondary types or several actors.
  const built = buildTestTiled(1500, 7, (op, i) => {
    if (i % 9 === 0) op.properties.secondary_types = ['hostage-rescue'];
    if (i % 11 === 0) op.properties.date_end = `${Number(op.properties.date.slice(0, 4)) + 1}-01-02`;
    if (i % 13 === 0) op.properties.target = null;
  });
  sorted = built.sorted;
  const ix = readIndex(built.files.get('index.bin')!.slice().buffer, built.manifest.index.columns);
  engine = buildTiledEngine(ix as unknown as TiledColumns, built.manifest.values);
  ids = (row) => idOf(ix, row);
  typeValues = built.manifest.values.types;
});

const cases: [string, Partial<Filters>][] = [
  ['no filter', {}],
  ['a time range', { from: '2017-03-01', to: '2019-06-30' }],
  ['years', { years: [2016, 2020] }],
  ['actors', { actors: ['sdf'] }],
  ['types (secondary too)', { types: ['hostage-rescue'] }],
  ['targets', { targets: ['isis'] }],
  ['governorates and precision', { gov: ['SY-DY', 'SY-HA'], prec: ['exact', 'near'] }],
  ['confidence and airborne', { conf: ['high'], airborne: true }],
  ['everything at once', { from: '2016-01-01', years: [2018, 2019], actors: ['coalition'], types: ['raid'] }],
  ['an area', { area: { kind: 'box', box: [39, 34, 41.5, 36.5] } }],
];

describe('tiled engine: the same answers as the small dataset', () => {
  it.each(cases)('rows: %s', (_, patch) => {
    const f = { ...noFilters, ...patch };
    const want = filterOperations(sorted, f).map((o) => o.id);
    const got = Array.from(engine.query(f, null, new Int32Array(0)).rows, ids);
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it.each(cases)('facet counts under every other filter: %s', (_, patch) => {
    const f = { ...noFilters, ...patch };
    const { facets } = engine.query(f, null, new Int32Array(0));
    for (const key of FACET_KEYS) {
      const options = Object.keys(facets[key]);
      expect(facets[key], key).toEqual(facetCounts(sorted, f, key as FacetKey, options));
    }
  });

  it('histogram: untimed rows per bin and main type, by start date', () => {
    const f = { ...noFilters, from: '2018-01-01', actors: ['sdf'] };
    const starts = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => toDay(`${y}-01-01`));
    const a = engine.query(f, null, Int32Array.from(starts));
    const untimed = filterOperations(sorted, { ...f, from: null });
    expect(a.untimed).toBe(untimed.length);
    for (let b = 0; b < starts.length - 1; b++) {
      const inBin = untimed.filter(
        (o) => toDay(o.properties.date) >= starts[b] && toDay(o.properties.date) < starts[b + 1],
      );
      typeValues.forEach((t, k) =>
        expect(a.hist[b * typeValues.length + k]).toBe(inBin.filter((o) => o.properties.type === t).length),
      );
    }
  });

  it('timeline steps answer as fresh queries (only the time changes, then a facet, then the search)', () => {
    const starts = Int32Array.from([2015, 2017, 2019, 2021].map((y) => toDay(`${y}-01-01`)));
    const steps: Partial<Filters>[] = [];
    for (let y = 2015; y <= 2021; y++) steps.push({ to: `${y}-06-30` }, { from: `${y}-01-01`, to: `${y + 1}-01-03` });
    steps.push({ from: '2018-01-01', actors: ['sdf'] }, { from: '2018-12-31', years: [2019] }, { from: '2019-01-02' });
    for (const patch of steps) {
      const f = { ...noFilters, types: ['raid', 'hostage-rescue'], ...patch };
      const a = engine.query(f, null, starts);
      const want = filterOperations(sorted, f);
      expect(Array.from(a.rows, ids), JSON.stringify(patch)).toEqual(want.map((o) => o.id));
      expect(a.facets.actors).toEqual(facetCounts(sorted, f, 'actors', Object.keys(a.facets.actors)));
      expect(a.untimed).toBe(filterOperations(sorted, { ...f, from: null, to: null, years: [] }).length);
      expect(a.hist.reduce((x, y) => x + y, 0)).toBe(
        filterOperations(sorted, { ...f, from: null, to: null, years: [] }).filter(
          (o) => toDay(o.properties.date) >= starts[0] && toDay(o.properties.date) < starts[3],
        ).length,
      );
      // The page takes the answer's arrays (transferred): the next step must not lose its histogram.
      structuredClone(a, { transfer: [a.rows.buffer, a.hist.buffer] });
    }
    // A search after the steps narrows again (its rows are not those of the last untimed pass).
    const search = new Uint32Array((engine.n + 31) >>> 5);
    search[0] = 0xffffffff;
    const f = { ...noFilters, to: '2030-01-01' };
    const all = Array.from(engine.query(f, null, starts).rows);
    expect(engine.query(f, search, starts).rows.length).toBe(all.filter((r) => r < 32).length);
    // Another search's rows (same text box state as far as the engine knows) give that search's answer.
    const other = new Uint32Array(search.length);
    other[1] = 0xffffffff;
    expect(Array.from(engine.query(f, other, starts).rows)).toEqual(all.filter((r) => r >= 32 && r < 64));
  });

  it('search rows narrow the answer', () => {
    const search = new Uint32Array((engine.n + 31) >>> 5);
    search[0] = (1 << 3) | (1 << 10);
    expect(Array.from(engine.query(noFilters, search, new Int32Array(0)).rows)).toEqual([3, 10]);
  });
});
