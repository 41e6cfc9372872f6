/**
 * Every use of MapLibre's internals, in one place: both are for software WebGL (SwiftShader, these machines), where
 * a frame costs 60–200 ms, and both depend on MapLibre 6.17.0 (pinned in package.json; check them on an upgrade:
 * their unit tests state what they expect, and each falls back to the public API when the internals differ).
 */
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { maplibregl } from './maplibre';

/**
 * The map's first view painted once, complete. While a page loads, MapLibre paints a frame each time a source or
 * a batch of tiles arrives: on software WebGL (SwiftShader, these machines) each costs 60–200 ms of the GPU
 * process and holds the main thread, delaying the glyphs and tiles still to come, so the view is painted about
 * ten times before it is complete. Holding the painting (MapLibre still loads, lays out and places everything)
 * until the first view is complete, or until `maxMs` have passed (a slow connection still shows the basemap as
 * it comes), paints it once. Uses the map's painter; without it nothing is held.
 */
export function holdFirstPaint(map: maplibregl.Map, maxMs: number) {
  const painter = (map as unknown as { painter?: { render?: (...args: unknown[]) => void } }).painter;
  const paint = painter?.render;
  let holding = typeof paint === 'function';
  if (painter && paint && holding)
    painter.render = function (this: unknown, ...args: unknown[]) {
      if (!holding) paint.apply(this, args);
    };
  const release = (): boolean => {
    if (!holding) return false;
    holding = false;
    if (painter && paint) painter.render = paint;
    map.triggerRepaint();
    return true;
  };
  const timer = setTimeout(release, maxMs);
  return {
    /** Paints from now on; true if painting was held (a frame is coming). */
    release(): boolean {
      clearTimeout(timer);
      return release();
    },
  };
}

/**
 * The parts of MapLibre's style that re-filter a source's layers the way its own `update` does
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
 * Sets the filters of layers of `source` and starts their re-layout in the worker without drawing a frame; the
 * re-laid tiles' arrival draws the one that shows it. False when that is not possible (other changes are waiting
 * for a frame, or MapLibre's internals are not the expected ones): the caller then uses `map.setFilter`.
 */
export function refilterQuietly(
  map: maplibregl.Map,
  source: string,
  filters: [string, FilterSpecification][],
): boolean {
  const style = styleInternals(map);
  if (!style) return false;
  const ids = new Set(filters.map(([id]) => id));
  const waiting =
    Object.keys(style._updatedLayers).some((id) => !ids.has(id)) ||
    Object.keys(style._removedLayers).length > 0 ||
    Object.keys(style._updatedSources).some((s) => s !== source);
  if (waiting) return false;
  for (const [id, filter] of filters) style.setFilter(id, filter, { validate: false });
  const changed = filters.map(([id]) => id).filter((id) => style._updatedLayers[id]);
  if (!changed.length) return true;
  style._updateWorkerLayers(changed, []);
  style._reloadSource(source);
  for (const id of changed) delete style._updatedLayers[id];
  delete style._updatedSources[source];
  return true;
}
