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
import { refilterQuietly } from './maplibre-internals';
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
