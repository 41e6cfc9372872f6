/**
 * MapLibre's own UI strings in the UI language: passed as its `locale` option when the map is created, and
 * written onto its controls and canvas when the language changes (MapLibre reads `locale` only once).
 */
import type { Lang } from '../../domain/view';
import type { maplibregl } from './maplibre';

export interface MapLocale {
  lang: Lang;
  /** MapLibre UI string ids (`NavigationControl.ZoomIn`, `Map.Title`, …) → text. */
  strings: Record<string, string>;
  /** Units of the scale bar. */
  km: string;
  m: string;
}

const BUTTONS: [string, string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
];

export function applyLocale(map: maplibregl.Map, locale: MapLocale) {
  const root = map.getContainer();
  for (const [selector, id] of BUTTONS) {
    const button = root.querySelector<HTMLElement>(selector);
    const text = locale.strings[id];
    if (button && text) {
      button.title = text;
      button.setAttribute('aria-label', text);
    }
  }
  if (locale.strings['Map.Title']) map.getCanvas().setAttribute('aria-label', locale.strings['Map.Title']);
}
