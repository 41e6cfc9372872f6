/**
 * The map's first view painted once, complete. While a page loads, MapLibre paints a frame each time a source or
 * a batch of tiles arrives: on software WebGL (SwiftShader, these machines) each costs 60–200 ms of the GPU
 * process and holds the main thread, delaying the glyphs and tiles still to come, so the view is painted about
 * ten times before it is complete. Holding the painting (MapLibre still loads, lays out and places everything)
 * until the first view is complete, or until `maxMs` have passed (a slow connection still shows the basemap as
 * it comes), paints it once. Uses the map's painter (pinned MapLibre 6.17); without it nothing is held.
 */
import type { maplibregl } from './maplibre';

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
