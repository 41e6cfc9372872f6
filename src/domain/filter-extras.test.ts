import { describe, expect, it, vi } from 'vitest';
import { noFilters } from './filter-state';
import { makeOp } from './test-ops';

/** The engine and its extras as a page has them before the search and area code is loaded (fresh modules). */
async function freshEngine() {
  vi.resetModules();
  const extras = await import('./filter-extras');
  const { buildEngine } = await import('./filter-engine');
  const ops = [makeOp({ id: 'a', date: '2020-01-01' }), makeOp({ id: 'b', date: '2021-01-01', actors: ['sdf'] })];
  return { extras, engine: buildEngine(ops) };
}

describe('the filter engine before its search and area code is loaded', () => {
  it('filters by time and facets without it', async () => {
    const { extras, engine } = await freshEngine();
    expect(extras.loadedFilterExtras()).toBeNull();
    expect(Array.from(engine.query({ ...noFilters, actors: ['sdf'] }))).toEqual([1]);
    expect(Array.from(engine.query({ ...noFilters, from: '2020-06-01' }))).toEqual([1]);
  });

  it('says what is missing when a query or an area comes first, and filters them once it is loaded', async () => {
    const { extras, engine } = await freshEngine();
    const query = { ...noFilters, q: 'Title' };
    const area = {
      ...noFilters,
      area: { kind: 'box' as const, box: [39, 34, 41, 36] as [number, number, number, number] },
    };
    expect(() => engine.query(query)).toThrow(/loadFilterExtras/);
    expect(() => engine.query(area)).toThrow(/loadFilterExtras/);
    await extras.loadFilterExtras();
    expect(engine.query(query)).toHaveLength(2);
    expect(engine.query(area)).toHaveLength(2);
  });

  it('needs the code only for a query, an area or a resolved radius', async () => {
    const { extras } = await freshEngine();
    const f = noFilters;
    expect(extras.needsFilterExtras(f)).toBe(false);
    expect(extras.needsFilterExtras({ ...f, q: '   ' })).toBe(false);
    expect(extras.needsFilterExtras({ ...f, q: 'x' })).toBe(true);
    expect(extras.needsFilterExtras({ ...f, near: { place: 'p', km: 5 } })).toBe(false);
    expect(extras.needsFilterExtras({ ...f, near: { place: 'p', km: 5, at: [40, 35] } })).toBe(true);
  });
});
