/**
 * The controller's helper for a tiled dataset's operations: registers the `pmtiles://` protocol (the pmtiles
 * package loads here, only when a tiled dataset is opened), adds the vector source over the archive and its
 * layers (tiled-layers.ts), and applies the view's filter to them as a layer filter. Points, and the heatmap
 * in heat mode; clusters and the choropleth need every operation in the page, so in those modes the tiled map
 * shows points (the view says so). Used by the controller only.
 */
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Taxonomy } from '../../domain/meta-schema';
import type { LayerMode } from '../../domain/view';
import { maplibregl } from './maplibre';
import { TILED_SOURCE, tiledLayers, tiledPickable, type TiledLayer } from './tiled-layers';

export interface TiledMapSpec {
  /** Absolute URL of the PMTiles archive. */
  url: string;
  /** The archive's vector layer. */
  layer: string;
  precisions: Taxonomy['location_precisions'];
  /** Many operations: halos and badges from a closer zoom (as on dense GeoJSON maps). */
  dense: boolean;
  bounds: [number, number, number, number];
}

let registered = false;

/**
 * The parts of MapLibre's style (6.17, pinned) that re-filter a source's layers the way its own `update` does
 * inside a frame, but without that frame. `map.setFilter` asks for a frame at once: it starts the worker's
 * re-layout and draws the old tiles again, unchanged (100–140 ms of software WebGL per timeline step), before the
 * re-laid tiles bring the frame that shows the change.
 */
interface StyleInternals {
  setFilter(id: string, filter: FilterSpecification, options: { validate: boolean }): void;
  _updatedLayers: Record<string, true>;
  _removedLayers: Record<string, unknown>;
  _updatedSources: Record<string, string>;
  _updateWorkerLayers(updated: string[], removed: string[]): void;
  _reloadSource(id: string): void;
}

function styleInternals(map: maplibregl.Map): StyleInternals | null {
  const style = (map as unknown as { style?: Partial<StyleInternals> }).style;
  const ok =
    style &&
    typeof style.setFilter === 'function' &&
    typeof style._updateWorkerLayers === 'function' &&
    typeof style._reloadSource === 'function' &&
    style._updatedLayers &&
    style._removedLayers &&
    style._updatedSources;
  return ok ? (style as StyleInternals) : null;
}

/**
 * Sets the filters of `ids` (layers of `source`) and starts their re-layout in the worker without drawing a frame;
 * the re-laid tiles' arrival draws the one that shows it. False when that is not possible (other changes are
 * waiting for a frame, or MapLibre's internals are not the expected ones): the caller then asks for a frame.
 */
function refilterQuietly(map: maplibregl.Map, source: string, filters: [string, FilterSpecification][]): boolean {
  const style = styleInternals(map);
  if (!style) return false;
  const ids = new Set(filters.map(([id]) => id));
  const waiting = () =>
    Object.keys(style._updatedLayers).some((id) => !ids.has(id)) ||
    Object.keys(style._removedLayers).length > 0 ||
    Object.keys(style._updatedSources).some((s) => s !== source);
  if (waiting()) return false;
  for (const [id, filter] of filters) style.setFilter(id, filter, { validate: false });
  const changed = filters.map(([id]) => id).filter((id) => style._updatedLayers[id]);
  if (!changed.length) return true;
  style._updateWorkerLayers(changed, []);
  style._reloadSource(source);
  for (const id of changed) delete style._updatedLayers[id];
  delete style._updatedSources[source];
  return true;
}

export function createTiledSync(map: maplibregl.Map, initialMode: LayerMode) {
  let layers: TiledLayer[] = [];
  let filter: FilterSpecification = ['all'];
  let mode = initialMode;
  let pending = false;
  const combined = (l: TiledLayer): FilterSpecification =>
    (l.base ? ['all', l.base, filter] : filter) as FilterSpecification;
  const visible = (l: TiledLayer) => (mode === 'heat' ? l.heat : !l.heat);

  return {
    /** True while the protocol and source are being set up (the map is not idle "after the latest change"). */
    pending: () => pending,
    async attach(spec: TiledMapSpec, before: string | undefined) {
      pending = true;
      try {
        if (!registered) {
          const { Protocol } = await import('pmtiles');
          maplibregl.addProtocol('pmtiles', new Protocol().tile);
          registered = true;
        }
        if (map.getSource(TILED_SOURCE)) return;
        map.addSource(TILED_SOURCE, { type: 'vector', url: `pmtiles://${spec.url}` });
        layers = tiledLayers(spec.layer, spec.precisions, spec.dense);
        for (const l of layers)
          map.addLayer(
            {
              ...l.spec,
              filter: combined(l),
              layout: { ...(l.spec as { layout?: object }).layout, visibility: visible(l) ? 'visible' : 'none' },
            } as maplibregl.LayerSpecification,
            before,
          );
      } finally {
        pending = false;
      }
    },
    /**
     * Applies the view's filter. True when the re-laid tiles will draw the change by themselves; false when the
     * caller must ask for a frame (nothing to re-lay out, or the filters set the usual way).
     */
    setFilter(next: FilterSpecification): boolean {
      filter = next;
      // Not validated again on every timeline step: tiledFilter's output is validated by its unit tests, and a
      // million-row view's filter (a search's row list) is long.
      if (!layers.length) return false;
      const filters = layers.map((l): [string, FilterSpecification] => [l.spec.id, combined(l)]);
      // Tiles being re-laid out draw the change when they arrive; none in view, a frame must be asked for.
      if (refilterQuietly(map, TILED_SOURCE, filters)) return !map.isSourceLoaded(TILED_SOURCE);
      for (const [id, f] of filters) map.setFilter(id, f, { validate: false });
      return false;
    },
    setMode(next: LayerMode) {
      mode = next;
      for (const l of layers) map.setLayoutProperty(l.spec.id, 'visibility', visible(l) ? 'visible' : 'none');
    },
    /** Layers a click or hover can pick (none in heat mode). */
    pickable: () => (mode === 'heat' ? [] : tiledPickable(layers)),
  };
}

export type TiledSync = ReturnType<typeof createTiledSync>;
