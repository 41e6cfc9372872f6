/**
 * The controller's helper for the governorate choropleth (used by controller.ts only): colours the fill layer,
 * outlines the governorate under the pointer with a tooltip (its name, count and share, in words the view
 * supplies in the UI language), and tells which governorate lies under a point (click or Enter filters by it).
 */
import type { maplibregl } from './maplibre';
import { CHOROPLETH_FILL, CHOROPLETH_HOVER, choroplethFill, hoverFilter } from './choropleth-layers';

/** What the view gives the map: a colour per governorate code, and the tooltip's text for one. */
export interface ChoroplethView {
  colors: Record<string, string>;
  describe: (iso: string) => { title: string; detail: string };
}

export function createChoroplethMap(map: maplibregl.Map, container: HTMLElement) {
  let view: ChoroplethView | null = null;
  let hovered: string | null = null;
  let last = { x: 0, y: 0 };
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.dataset.testid = 'choropleth-tooltip';
  tip.hidden = true;
  const title = tip.appendChild(document.createElement('strong'));
  const detail = tip.appendChild(document.createElement('span'));
  container.appendChild(tip);

  /** The governorate code under a map pixel, if the choropleth is shown there. */
  const at = (point: maplibregl.PointLike): string | null => {
    if (!view || !map.getLayer(CHOROPLETH_FILL)) return null;
    const hit = map.queryRenderedFeatures(point, { layers: [CHOROPLETH_FILL] })[0];
    return hit ? String(hit.properties.iso) : null;
  };

  function outline(iso: string | null) {
    if (iso === hovered) return;
    hovered = iso;
    map.setFilter(CHOROPLETH_HOVER, hoverFilter(iso));
  }

  function showTip(iso: string | null, point: { x: number; y: number }) {
    if (!iso || !view) {
      tip.hidden = true;
      return;
    }
    const text = view.describe(iso);
    title.textContent = text.title;
    detail.textContent = text.detail;
    const dir = getComputedStyle(container).direction;
    tip.dir = dir === 'rtl' ? 'rtl' : 'ltr';
    tip.hidden = false;
    tip.style.transform = `translate(${Math.round(point.x + 12)}px, ${Math.round(point.y + 12)}px)`;
  }

  return {
    at,
    /** New colours (filters or time changed) or none (another layer mode). */
    set(next: ChoroplethView | null) {
      view = next;
      map.setPaintProperty(CHOROPLETH_FILL, 'fill-color', choroplethFill(next?.colors ?? {}));
      // The tooltip's words may have changed (language, counts): refresh what is shown.
      if (hovered && !tip.hidden) showTip(hovered, last);
    },
    /** The pointer moved (null: it left the map); true when it is over a governorate. */
    hover(point: { x: number; y: number } | null): boolean {
      const iso = point ? at([point.x, point.y]) : null;
      if (point) last = point;
      outline(iso);
      showTip(iso, point ?? { x: 0, y: 0 });
      return iso !== null;
    },
    destroy() {
      tip.remove();
    },
  };
}
