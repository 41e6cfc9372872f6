import { describe, expect, it } from 'vitest';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { maplibregl } from './maplibre';
import { TILED_SOURCE } from './tiled-layers';
import { createTiledSync } from './tiled-sync';

const precisions = {
  exact: { radius_m: 0, label_en: '', label_ar: '', description_en: '', description_ar: '' },
} as never;
const spec = {
  url: 'http://x/ops.pmtiles',
  layer: 'operations',
  precisions,
  dense: false,
  bounds: [0, 0, 1, 1] as never,
};

/**
 * A stand-in for the map and the parts of MapLibre's style the quiet re-filter uses, behaving as MapLibre 6.17's
 * do: a style filter that changes marks its layer and source as waiting for the next frame.
 */
function fakeMap({ internals = true, tilesInView = true } = {}) {
  const calls: string[] = [];
  const filters = new Map<string, string>();
  const style = {
    _updatedLayers: {} as Record<string, true>,
    _removedLayers: {} as Record<string, unknown>,
    _updatedSources: {} as Record<string, string>,
    setFilter(id: string, filter: FilterSpecification) {
      if (filters.get(id) === JSON.stringify(filter)) return;
      filters.set(id, JSON.stringify(filter));
      style._updatedLayers[id] = true;
      style._updatedSources[TILED_SOURCE] = 'reload';
    },
    _updateWorkerLayers(ids: string[]) {
      calls.push(`worker layers ${ids.length}`);
    },
    _reloadSource(id: string) {
      calls.push(`reload ${id}`);
    },
  };
  if (!internals) delete (style as Partial<typeof style>)._reloadSource;
  const map = {
    style,
    getSource: () => undefined,
    addSource: () => calls.push('add source'),
    addLayer: () => {},
    setFilter(id: string, filter: FilterSpecification) {
      calls.push('map.setFilter');
      style.setFilter(id, filter);
    },
    isSourceLoaded: () => !tilesInView,
  };
  return { map: map as unknown as maplibregl.Map, style, calls, filters };
}

const byYear = (y: number): FilterSpecification => ['all', ['<=', ['get', 'y0'], y]];

describe('tiled filter', () => {
  it('re-lays out the tiles in the worker without asking for a frame, and leaves nothing waiting', async () => {
    const { map, style, calls, filters } = fakeMap();
    const sync = createTiledSync(map, 'points');
    await sync.attach(spec, undefined);
    calls.length = 0;
    // The re-laid tiles will draw the change: the caller need not ask for a frame.
    expect(sync.setFilter(byYear(2020))).toBe(true);
    expect(calls).toEqual([`worker layers ${filters.size}`, `reload ${TILED_SOURCE}`]);
    expect([...filters.values()].every((f) => f.includes('2020'))).toBe(true);
    expect(style._updatedLayers).toEqual({});
    expect(style._updatedSources).toEqual({});
    // The same filter again changes nothing in the worker.
    calls.length = 0;
    sync.setFilter(byYear(2020));
    expect(calls).toEqual([]);
  });

  it('asks for a frame when no tile is in view to draw the change', async () => {
    const { map } = fakeMap({ tilesInView: false });
    const sync = createTiledSync(map, 'points');
    await sync.attach(spec, undefined);
    expect(sync.setFilter(byYear(2020))).toBe(false);
  });

  it('sets the filters the usual way when other changes wait for a frame', async () => {
    const { map, style, calls } = fakeMap();
    const sync = createTiledSync(map, 'points');
    await sync.attach(spec, undefined);
    calls.length = 0;
    style._updatedLayers['basemap-labels'] = true;
    expect(sync.setFilter(byYear(2019))).toBe(false);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c === 'map.setFilter')).toBe(true);
  });

  it('sets the filters the usual way when MapLibre’s internals are not the expected ones', async () => {
    const { map, calls, filters } = fakeMap({ internals: false });
    const sync = createTiledSync(map, 'points');
    await sync.attach(spec, undefined);
    calls.length = 0;
    expect(sync.setFilter(byYear(2018))).toBe(false);
    expect(calls).toEqual(Array(filters.size).fill('map.setFilter'));
  });
});
