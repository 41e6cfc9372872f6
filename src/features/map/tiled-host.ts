/**
 * A tiled dataset on the controller's map: loads tiled-sync.ts (and with it pmtiles) only when a dataset is
 * opened, keeps the view's filter until the dataset's layers are there, and tells the controller when the map is
 * busy and when the layers are in. Used by the controller only.
 */
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerMode } from '../../domain/view';
import type { maplibregl } from './maplibre';
import type { TiledMapSpec, TiledSync } from './tiled-sync';

interface Host {
  mode: () => LayerMode;
  /** Runs `fn` once the style is loaded. */
  whenLoaded: (fn: () => void) => void;
  /** The map is busy until its next idle; `draw`: ask for a frame. */
  busy: (draw?: boolean) => void;
  onFailure: () => void;
  /** The dataset's layers are in (frame the map on its bounds if nothing else did). */
  onAttached: (spec: TiledMapSpec) => void;
}

export function createTiledHost(map: maplibregl.Map, host: Host) {
  let tiled: TiledSync | null = null;
  let pending = false;
  let filter: FilterSpecification | null = null;
  return {
    /** True while the dataset's layers are being set up (the map is not idle "after the latest change"). */
    pending: () => pending,
    /** Layers a click or hover can pick. */
    pickable: () => tiled?.pickable() ?? [],
    setMode: (mode: LayerMode) => tiled?.setMode(mode),
    open(spec: TiledMapSpec) {
      if (tiled || pending) return;
      pending = true;
      const loaded = import('./tiled-sync');
      host.whenLoaded(async () => {
        const before = map.getStyle().layers.find((l) => l.id.startsWith('ops'))?.id;
        tiled = (await loaded).createTiledSync(map, host.mode());
        if (filter) tiled.setFilter(filter);
        void tiled
          .attach(spec, before)
          .catch(() => host.onFailure())
          .then(() => {
            pending = false;
            host.onAttached(spec);
            host.busy();
          });
      });
    },
    setFilter(next: FilterSpecification) {
      filter = next;
      host.whenLoaded(() => {
        // A timeline step re-lays out the tiles without first drawing the old ones again (tiled-sync.ts, maplibre-internals.ts).
        host.busy(!tiled?.setFilter(next));
      });
    },
  };
}
