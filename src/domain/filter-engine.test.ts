import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEngine } from './filter-engine';
import { engineFor, prepareEngine } from './engine-cache';
import { crossCount } from './aggregate';
import { crossTab, facetCounts, filterOperations } from './filters';
import { filterOperationsNaive, matches } from './filters-naive';
import { noFilters, type Filters } from './filter-state';
import type { OperationFeature } from './operation-schema';
import { makeOp } from './test-ops';

const ACTORS = ['coalition', 'sdf', 'syrian-gov'];
const TYPES = ['raid', 'evacuation', 'supply-drop', 'hostage-rescue'];
const GOVS = ['SY-DY', 'SY-RD', 'SY-HM'];
const PRECS = ['exact', 'village', 'near', 'region'] as const;
const CONFS = ['high', 'medium', 'low'] as const;
const day = fc
  .integer({ min: 0, max: 365 * 4 })
  .map((d) => new Date(Date.UTC(2017, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const op = fc.record({
  date: day,
  span: fc.integer({ min: 0, max: 40 }),
  actors: fc.subarray(ACTORS, { minLength: 1 }),
  type: fc.constantFrom(...TYPES),
  secondary: fc.subarray(TYPES, { maxLength: 1 }),
  gov: fc.constantFrom(...GOVS),
  prec: fc.constantFrom(...PRECS),
  conf: fc.constantFrom(...CONFS),
  airborne: fc.boolean(),
  corroboration: fc.integer({ min: 0, max: 3 }),
  target: fc.constantFrom('isis', null),
  word: fc.constantFrom('الشحيل', 'البصيرة', 'Kubar', 'دير'),
});

const ops = fc.array(op, { maxLength: 80 }).map((rows) =>
  rows
    .map((r, i) => {
      const end = r.span ? new Date(Date.parse(r.date) + r.span * 86_400_000).toISOString().slice(0, 10) : null;
      return makeOp({
        id: `op-${i}`,
        date: r.date,
        date_end: end,
        actors: r.actors,
        type: r.type,
        secondary_types: r.secondary,
        governorate: r.gov,
        location_precision: r.prec,
        confidence: r.conf,
        airborne_explicit: r.airborne,
        corroboration: r.corroboration,
        target: r.target,
        title_ar: `عملية في ${r.word}`,
      });
    })
    .sort((a, b) => a.properties.date.localeCompare(b.properties.date)),
);

const filters: fc.Arbitrary<Filters> = fc.record({
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  years: fc.subarray([2017, 2018, 2019, 2020, 2021]),
  actors: fc.subarray(ACTORS),
  targets: fc.subarray(['isis', 'other']),
  types: fc.subarray(TYPES),
  gov: fc.subarray(GOVS),
  prec: fc.subarray([...PRECS]),
  conf: fc.subarray([...CONFS]),
  airborne: fc.boolean(),
  corr: fc.boolean(),
  q: fc.constantFrom('', 'شحيل', 'البصيره', 'kubar', 'zzz'),
});

/** Filters that leave something to count most of the time: a time range and one facet. */
const loose: fc.Arbitrary<Filters> = fc
  .record({
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    actors: fc.subarray(ACTORS, { maxLength: 2 }),
  })
  .map((f) => ({ ...noFilters, ...f }));

const ids = (list: OperationFeature[]) => list.map((o) => o.id);

describe('columnar filter engine', () => {
  it('returns exactly what the straightforward filter returns, in the same order', () => {
    fc.assert(
      fc.property(ops, filters, (list, f) => {
        const engine = buildEngine(list);
        expect(Array.from(engine.query(f), (i) => engine.ops[i].id)).toEqual(ids(filterOperationsNaive(list, f)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same facet counts as counting by hand', () => {
    fc.assert(
      fc.property(ops, filters, (list, f) => {
        const counts = facetCounts(list, f, 'actors', ACTORS);
        for (const a of ACTORS)
          expect(counts[a]).toBe(list.filter((o) => matches(o, f, 'actors') && o.properties.actors.includes(a)).length);
      }),
      { numRuns: 200 },
    );
  });

  it('cross-tabulates for the charts exactly as counting the filtered operations by hand', () => {
    let counted = 0;
    // The straightforward count, with the values written out independently of the engine's `dimValues`.
    const years = (o: OperationFeature) => {
      const [a, b] = [o.properties.date, o.properties.date_end ?? o.properties.date].map((d) => Number(d.slice(0, 4)));
      return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
    };
    const combo = (o: OperationFeature) => [[...new Set(o.properties.actors)].sort().join('+')];
    const types = (o: OperationFeature) => [...new Set([o.properties.type, ...o.properties.secondary_types])];
    const one = () => ['count'];
    fc.assert(
      fc.property(ops, loose, loose, (list, f, g) => {
        const shown = filterOperationsNaive(list, f);
        counted += shown.length;
        expect(crossTab(list, f, 'years', 'actors')).toEqual(crossCount(shown, years, (o) => o.properties.actors));
        expect(crossTab(list, f, 'years', 'actorSet')).toEqual(crossCount(shown, years, combo));
        expect(crossTab(list, f, 'gov', null)).toEqual(crossCount(shown, (o) => [o.properties.governorate], one));
        // The buffers are reused: a second query must not see the first one's counts.
        const other = filterOperationsNaive(list, g);
        expect(crossTab(list, g, 'types', null)).toEqual(crossCount(other, types, one));
        expect(crossTab(list, g, 'years', 'actorSet')).toEqual(crossCount(other, years, combo));
        // Leaving a key out counts as if that filter were not set (the charts' cross-filtering).
        const withoutActors = filterOperationsNaive(list, { ...g, actors: [] });
        expect(crossTab(list, g, 'actors', null, 'actors')).toEqual(
          crossCount(withoutActors, (o) => o.properties.actors, one),
        );
      }),
      { numRuns: 300 },
    );
    expect(counted).toBeGreaterThan(100);
  });

  it('counts every chart bar exactly as filtering on that bar does (one definition of values)', () => {
    const keys = ['years', 'actors', 'types', 'gov'] as const;
    const options: Record<(typeof keys)[number], string[]> = {
      years: ['2016', '2017', '2018', '2019', '2020', '2021', '2022'],
      actors: ACTORS,
      types: TYPES,
      gov: GOVS,
    };
    fc.assert(
      fc.property(ops, filters, fc.constantFrom(...keys), (list, f, key) => {
        const bars = new Map(crossTab(list, f, key, null, key).map((r) => [r.key, r.counts.count]));
        for (const v of options[key]) {
          const clicked = { ...f, [key]: key === 'years' ? [Number(v)] : [v] };
          expect(bars.get(v) ?? 0, `${key}=${v}`).toBe(filterOperationsNaive(list, clicked).length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts a secondary type under the type chart as the type filter does', () => {
    const list = [
      makeOp({ id: 'a', type: 'raid', secondary_types: ['hostage-rescue'] }),
      makeOp({ id: 'b', type: 'evacuation' }),
    ];
    const bars = Object.fromEntries(crossTab(list, noFilters, 'types', null).map((r) => [r.key, r.counts.count]));
    expect(bars).toEqual({ raid: 1, 'hostage-rescue': 1, evacuation: 1 });
    for (const t of Object.keys(bars))
      expect(filterOperations(list, { ...noFilters, types: [t] })).toHaveLength(bars[t]);
  });

  it('backs filterOperations, which still returns features', () => {
    const list = [makeOp({ id: 'a', date: '2020-01-01' }), makeOp({ id: 'b', date: '2021-01-01', actors: ['sdf'] })];
    expect(ids(filterOperations(list, { ...noFilters, actors: ['sdf'] }))).toEqual(['b']);
  });
});

describe('the engine built across tasks', () => {
  it('answers as the engine built at once, took several steps for a large dataset, and is the one engineFor finds', async () => {
    const ops = Array.from({ length: 12_000 }, (_, i) =>
      makeOp({
        id: `op-${i}`,
        date: `20${15 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
        type: i % 3 ? 'raid' : 'evacuation',
        actors: i % 4 ? ['coalition'] : ['coalition', 'sdf'],
      }),
    );
    const tasks: (() => void)[] = [];
    const ready = prepareEngine(ops, (fn) => tasks.push(fn));
    let steps = 0;
    while (tasks.length) {
      tasks.shift()!();
      steps++;
    }
    await ready;
    // 12,000 operations in steps of 5,000: it paused twice.
    expect(steps).toBe(2);
    const f = { ...noFilters, from: '2018-01-01', types: ['raid'], actors: ['sdf'] };
    const prepared = engineFor(ops);
    expect(prepared).toBe(engineFor(ops));
    expect(Array.from(prepared.query(f), (i) => prepared.ops[i].id)).toEqual(
      Array.from(buildEngine(ops).query(f), (i) => prepared.ops[i].id),
    );
    expect(prepared.query(f).length).toBe(filterOperationsNaive(ops, f).length);
    // Preparing again does nothing more.
    await prepareEngine(ops, () => {
      throw new Error('not needed');
    });
  });
});
