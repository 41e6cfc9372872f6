/**
 * The view's vocabulary, shared by the URL codec, the map and i18n: the UI languages, the map's layer modes, the
 * camera and its zoom limits, and the rounding the URL keeps.
 */
export type Lang = 'ar' | 'en';
export type LayerMode = 'points' | 'clusters' | 'heat' | 'choropleth';
export const LAYER_MODES: readonly LayerMode[] = ['points', 'clusters', 'heat', 'choropleth'];
/** The colour theme (not in links: remembered per device). */
export type Theme = 'light' | 'dark';
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** The map's zoom limits; a camera outside them is clamped. */
export const MIN_ZOOM = 3;
export const MAX_ZOOM = 16;

/** Rounds a camera to what the URL keeps (2 decimals of zoom, 4 of degrees ≈ 11 m). */
export function roundCamera(c: Camera): Camera {
  const r = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d + 0;
  return { zoom: r(c.zoom, 2), lat: r(c.lat, 4), lon: r(c.lon, 4) };
}
