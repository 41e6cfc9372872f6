/**
 * Properties of the columnar engine on meaningful cases (test-arbitraries.ts): unsorted lists with ties,
 * repeated values and long spans, and filters drawn from the list's own values, so that most cases select
 * something. Each property also asserts that share, so a generator drifting back to empty results fails loudly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { buildEngine, dimValues } from './filter-engine';
import { crossTab, facetCounts, filterOperations } from './filters';
import { filterOperationsNaive, matches } from './filters-naive';
import { noFilters } from './filter-state';
import type { OperationFeature } from './operation-schema';
import { KEYS, listAndFilters, propertyOptions, unsortedOps, valuesOf } from './test-arbitraries';
import { makeOp } from './test-ops';

const ids = (list: readonly OperationFeature[]) => list.map((o) => o.id);
/** The reference result in the engine's order: by start date, ties in input order (a stable sort). */
const byDate = (list: OperationFeature[]) =>
  [...list].sort((a, b) =>
    a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : 0,
  );

describe('filter engine on unsorted data', () => {
  it('lists the matching operations by date even when the data comes unsorted, ties in data order', () => {
    let nonEmpty = 0;
    let runs = 0;
    fc.assert(
      fc.property(listAndFilters, ([list, f]) => {
        const engine = buildEngine(list);
        const got = Array.from(engine.query(f), (i) => engine.ops[i].id);
        expect(got).toEqual(ids(byDate(filterOperationsNaive(list, f))));
        runs++;
        if (got.length) nonEmpty++;
      }),
      propertyOptions(200),
    );
    // The generator picks filters from the list's own values: most of them must select something.
    expect(nonEmpty / runs).toBeGreaterThan(0.5);
  });

  it('gives filterOperations the operations themselves, sorted by date, without reordering the data', () => {
    const list = [
      makeOp({ id: 'late', date: '2021-03-01' }),
      makeOp({ id: 'early', date: '2017-01-08' }),
      makeOp({ id: 'mid', date: '2019-05-05' }),
    ];
    const shown = filterOperations(list, noFilters);
    expect(ids(shown)).toEqual(['early', 'mid', 'late']);
    expect(shown[0]).toBe(list[1]);
    expect(ids(list)).toEqual(['late', 'early', 'mid']);
  });
});

describe('facet counts (the numbers beside each filter option)', () => {
  it('count every option under all the other filters, also for the key that is set (its other options stay)', () => {
    let ownKeySet = 0;
    let otherOptionCounted = 0;
    fc.assert(
      fc.property(listAndFilters, fc.constantFrom(...KEYS), fc.nat(), ([list, f], anyKey, pick) => {
        // Mostly a key the filters set (the case the counts must get right), sometimes any key.
        const set = KEYS.filter((k) => f[k].length);
        const key = set.length && pick % 4 ? set[pick % set.length] : anyKey;
        const options = [...valuesOf(list, key).map(String), 'not-a-value'];
        const counts = facetCounts(list, f, key, options);
        for (const o of options) {
          const expected = list.filter((op) => matches(op, f, key) && dimValues(op, key).includes(o)).length;
          expect(counts[o], `${key}=${o}`).toBe(expected);
        }
        expect(counts['not-a-value']).toBe(0);
        const chosen = (f[key] as (string | number)[]).map(String);
        if (chosen.length) {
          ownKeySet++;
          if (options.some((o) => !chosen.includes(o) && counts[o] > 0)) otherOptionCounted++;
        }
      }),
      propertyOptions(200),
    );
    // Enough cases where the key itself is set and an unselected option still has operations to count.
    expect(ownKeySet).toBeGreaterThan(60);
    expect(otherOptionCounted).toBeGreaterThan(15);
  });

  it('still shows the other actors’ counts once one actor is picked', () => {
    const list = [
      makeOp({ id: 'a', actors: ['coalition'] }),
      makeOp({ id: 'b', actors: ['sdf'] }),
      makeOp({ id: 'c', actors: ['coalition', 'sdf'] }),
    ];
    expect(facetCounts(list, { ...noFilters, actors: ['sdf'] }, 'actors', ['coalition', 'sdf'])).toEqual({
      coalition: 2,
      sdf: 2,
    });
  });
});

describe('time range at its edges', () => {
  it('includes an operation whose span ends on the first day or starts on the last day, and no other', () => {
    fc.assert(
      fc.property(unsortedOps, (list) => {
        const f = (from: string | null, to: string | null) => ids(filterOperations(list, { ...noFilters, from, to }));
        for (const op of list) {
          const { date, date_end } = op.properties;
          const end = date_end ?? date;
          expect(f(end, null)).toContain(op.id);
          expect(f(addDays(end, 1), null)).not.toContain(op.id);
          expect(f(null, date)).toContain(op.id);
          expect(f(null, addDays(date, -1))).not.toContain(op.id);
          // Any day inside a long span selects it, also when much shorter operations start later.
          expect(f(addDays(date, Math.floor((end === date ? 0 : 1) * 1)), addDays(date, 1))).toContain(op.id);
        }
      }),
      propertyOptions(60),
    );
  });

  it('finds a months-long operation from a day inside it, after many one-day operations started', () => {
    const list = [
      makeOp({ id: 'long', date: '2019-01-01', date_end: '2019-12-31' }),
      ...Array.from({ length: 40 }, (_, i) => makeOp({ id: `d${i}`, date: addDays('2019-02-01', i) })),
    ];
    const shown = ids(filterOperations(list, { ...noFilters, from: '2019-11-01', to: '2019-11-30' }));
    expect(shown).toEqual(['long']);
  });
});

describe('repeated values', () => {
  it('counts an operation once per actor even when the data names an actor twice', () => {
    const list = [makeOp({ id: 'a', actors: ['sdf', 'sdf', 'coalition'] }), makeOp({ id: 'b', actors: ['sdf'] })];
    expect(crossTab(list, noFilters, 'actors', null)).toEqual([
      { key: 'coalition', counts: { count: 1 } },
      { key: 'sdf', counts: { count: 2 } },
    ]);
    expect(crossTab(list, noFilters, 'actorSet', null)).toEqual([
      { key: 'coalition+sdf', counts: { count: 1 } },
      { key: 'sdf', counts: { count: 1 } },
    ]);
    expect(facetCounts(list, noFilters, 'actors', ['sdf'])).toEqual({ sdf: 2 });
  });

  it('treats a value repeated in a filter as given once', () => {
    fc.assert(
      fc.property(listAndFilters, ([list, f]) => {
        const doubled = { ...f, years: [...f.years, ...f.years], actors: [...f.actors, ...f.actors] };
        expect(ids(filterOperations(list, doubled))).toEqual(ids(filterOperations(list, f)));
      }),
      propertyOptions(100),
    );
  });
});

describe('engine.tally (the charts’ counts)', () => {
  it('names exactly the values present and counts the operations per value, repeated calls alike', () => {
    const list = [
      makeOp({ id: 'a', governorate: 'SY-RD', actors: ['sdf'] }),
      makeOp({ id: 'b', governorate: 'SY-DY', actors: ['coalition', 'sdf'] }),
      makeOp({ id: 'c', governorate: 'SY-DY', actors: ['coalition'] }),
    ];
    const engine = buildEngine(list);
    const all = engine.query(noFilters);
    for (let run = 0; run < 2; run++) {
      const t = engine.tally(all, 'gov', null);
      expect(t.groups).toEqual(['SY-RD', 'SY-DY']);
      expect(t.series).toEqual(['count']);
      expect(Array.from(t.perGroup)).toEqual([1, 2]);
      expect(Array.from(t.counts)).toEqual([1, 2]);
    }
    const bySeries = engine.tally(all, 'gov', 'actors');
    expect(bySeries.series).toEqual(['sdf', 'coalition']);
    expect(Array.from(bySeries.counts)).toEqual([1, 0, 1, 2]);
  });
});
