import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../domain/dates';
import type { OperationFeature } from '../../domain/operation-schema';
import { makeOp } from '../../domain/test-ops';
import type { LayerMode } from '../../domain/view';
import { inTime, timeState, type TimeRange } from './map-data';
import type { maplibregl } from './maplibre';
import { binSourceIds } from './operation-layers';
import { createOperationsSync, sliceCount } from './operations-sync';

const precisions = {
  exact: { radius_m: 0, label_en: '', label_ar: '', description_en: '', description_ar: '' },
  village: { radius_m: 1000, label_en: '', label_ar: '', description_en: '', description_ar: '' },
} as never;

/** A stand-in for the map: each GeoJSON source keeps its features by id, and every call is counted. */
function fakeMap() {
  const held = new Map<string, Map<string, unknown>>();
  const calls: string[] = [];
  const get = (id: string) => held.get(id) ?? held.set(id, new Map()).get(id)!;
  const map = {
    getSource: (id: string) => ({
      setData(fc: { features: { properties: { id: string } }[] }) {
        calls.push(id);
        const m = get(id);
        m.clear();
        for (const f of fc.features) {
          if (m.has(f.properties.id)) throw new Error(`${id}: ${f.properties.id} sent twice`);
          m.set(f.properties.id, f);
        }
      },
      updateData(diff: { add: { properties: { id: string } }[]; remove: string[] }) {
        calls.push(id);
        const m = get(id);
        for (const r of diff.remove) if (!m.delete(r)) throw new Error(`${id}: removing absent ${r}`);
        for (const f of diff.add) {
          if (m.has(f.properties.id)) throw new Error(`${id}: ${f.properties.id} added twice`);
          m.set(f.properties.id, f);
        }
        return Promise.resolve();
      },
    }),
    setLayerZoomRange: () => {},
  };
  const ids = (sources: string[]) => sources.flatMap((s) => [...get(s).keys()]).sort();
  return { map: map as unknown as maplibregl.Map, held: get, ids, calls };
}

const DAY0 = toDay('2014-01-01');
const ops = (days: number[]) =>
  days.map((d, i) =>
    makeOp({
      id: `op-${i}`,
      date: fromDay(DAY0 + d),
      date_end: i % 7 === 0 ? fromDay(DAY0 + d + 40) : null,
      location_precision: i % 2 ? 'exact' : 'village',
    }),
  );
const expected = (list: OperationFeature[], t: TimeRange) =>
  list
    .filter((o) =>
      inTime(
        {
          s: toDay(o.properties.date),
          e: toDay(o.properties.date_end ?? o.properties.date),
          y0: Number(o.properties.date.slice(0, 4)),
          y1: Number((o.properties.date_end ?? o.properties.date).slice(0, 4)),
        } as never,
        timeState(t),
      ),
    )
    .map((o) => o.id)
    .sort();

/** The current mode's sources hold exactly `want`, and the other modes' sources nothing. */
function expectShown(ids: (sources: string[]) => string[], mode: LayerMode, want: string[]) {
  expect(ids(binSourceIds())).toEqual(mode === 'points' ? want : []);
  expect(ids(['ops'])).toEqual(mode === 'heat' ? want : []);
  expect(ids(['ops-clustered'])).toEqual(mode === 'clusters' ? want : []);
}

const range = fc.record({
  from: fc.option(
    fc.integer({ min: 0, max: 4000 }).map((d) => fromDay(DAY0 + d)),
    { nil: null },
  ),
  to: fc.option(
    fc.integer({ min: 0, max: 4000 }).map((d) => fromDay(DAY0 + d)),
    { nil: null },
  ),
  years: fc.uniqueArray(fc.integer({ min: 2014, max: 2025 }), { maxLength: 2 }),
});
const action = fc.oneof(
  range.map((t) => ({ t })),
  fc.constantFrom<LayerMode>('points', 'heat', 'clusters').map((mode) => ({ mode })),
  fc.nat({ max: 30 }).map((keep) => ({ keep })),
);

describe('operations sync', () => {
  it('keeps exactly the in-range operations on the map through any sequence of steps, modes and filters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 0, maxLength: 60 }),
        fc.array(action, { maxLength: 25 }),
        (days, actions) => {
          const all = ops(days);
          const { map, ids } = fakeMap();
          // Small slices so that a few dozen operations use several sources.
          const sync = createOperationsSync(map, 'points', true, { minSlice: 5 });
          let list = all;
          let mode: LayerMode = 'points';
          let time: TimeRange = { from: null, to: null, years: [] };
          sync.setOperations(list, precisions);
          for (const a of actions) {
            if ('t' in a) {
              time = a.t;
              if (sync.setTime(time)) sync.applyTime();
            } else if ('mode' in a) {
              mode = a.mode;
              sync.setMode(mode);
            } else {
              list = all.slice(0, a.keep);
              sync.setOperations(list, precisions);
            }
            expectShown(ids, mode, expected(list, time));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a large update goes out one source per task, and the map ends exactly as if sent at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 10, maxLength: 60 }),
        fc.array(fc.tuple(action, fc.nat({ max: 3 })), { maxLength: 20 }),
        (days, actions) => {
          const all = ops(days);
          const { map, ids, calls } = fakeMap();
          const tasks: (() => void)[] = [];
          let sent = 0;
          // Every update is "large": each waits for its own task, run here by hand, some before the next action.
          const sync = createOperationsSync(map, 'points', true, {
            minSlice: 5,
            paceFrom: 1,
            later: (fn) => tasks.push(fn),
            onSent: () => sent++,
          });
          const runTask = () => {
            const before = calls.length;
            tasks.shift()!();
            expect(calls.length - before).toBeLessThanOrEqual(1);
          };
          let list = all;
          let mode: LayerMode = 'points';
          let time: TimeRange = { from: null, to: null, years: [] };
          sync.setOperations(list, precisions);
          expect(sync.pending()).toBe(true);
          expect(calls.filter((c) => c.startsWith('ops-t'))).toEqual([]);
          for (const [a, run] of actions) {
            if ('t' in a) {
              time = a.t;
              if (sync.setTime(time)) sync.applyTime();
            } else if ('mode' in a) {
              mode = a.mode;
              sync.setMode(mode);
            } else {
              list = all.slice(0, a.keep);
              sync.setOperations(list, precisions);
            }
            for (let k = 0; k < run && tasks.length; k++) runTask();
          }
          while (tasks.length) runTask();
          expect(sync.pending()).toBe(false);
          expect(sent).toBeGreaterThan(0);
          expectShown(ids, mode, expected(list, time));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('touches only the slice sources whose operations entered or left the range on a cumulative step', () => {
    const days = Array.from({ length: 20_000 }, (_, i) => Math.floor((i * 4000) / 20_000));
    const { map, calls, held } = fakeMap();
    const sync = createOperationsSync(map, 'points', true);
    sync.setTime({ from: null, to: fromDay(DAY0 + 2000), years: [] });
    sync.setOperations(ops(days), precisions);
    expect(sliceCount(20_000, true)).toBe(10);
    calls.length = 0;
    sync.setTime({ from: null, to: fromDay(DAY0 + 2030), years: [] });
    sync.applyTime();
    // Day 2000 falls in the sixth slice (days 2000–2399 of 4000): only it changes, plus the long spans before.
    expect(new Set(calls)).toEqual(new Set(['ops-t5']));
    expect(held('ops-t0').size).toBe(2000);
  });

  it('shows the selection ring only while the selected operation is in range', () => {
    const { map, held } = fakeMap();
    const sync = createOperationsSync(map, 'points', true);
    sync.setOperations(ops([10, 500]), precisions);
    sync.setSelected('op-1');
    expect([...held('ops-selected').keys()]).toEqual(['op-1']);
    sync.setTime({ from: null, to: fromDay(DAY0 + 100), years: [] });
    sync.applyTime();
    expect(held('ops-selected').size).toBe(0);
    sync.setSelected(null);
    sync.setTime({ from: null, to: null, years: [] });
    sync.applyTime();
    expect(held('ops-selected').size).toBe(0);
  });

  it('uses one source for small datasets and for the naive baseline', () => {
    expect(sliceCount(11, true)).toBe(1);
    expect(sliceCount(100_000, true)).toBe(16);
    expect(sliceCount(100_000, false)).toBe(1);
  });
});
