/**
 * The controller's helper for comparing two periods (used by controller.ts only): while a comparison is on, the
 * union of A and B is drawn with its own layers (compare-layers.ts) and the current mode's operation markers are
 * hidden; the choropleth, when shown, stays under them.
 */
import type { PeriodRow } from '../../domain/compare';
import type { LayerMode } from '../../domain/view';
import type { maplibregl } from './maplibre';
import { COMPARE_LAYER_IDS, COMPARE_SOURCE, compareLayers } from './compare-layers';
import { visibleLayerIds } from './operation-layers';

const empty = { type: 'FeatureCollection' as const, features: [] };

export function createCompareMap(map: maplibregl.Map) {
  let rows: readonly PeriodRow[] | null = null;

  /** Adds the source and layers on top (once the style is parsed). */
  function install() {
    map.addSource(COMPARE_SOURCE, { type: 'geojson', data: empty });
    for (const layer of compareLayers()) map.addLayer(layer, 'ops-selected');
  }

  /** Shows or hides the current mode's markers and the comparison's layers. */
  function apply(mode: LayerMode) {
    const on = rows !== null;
    const markers = visibleLayerIds(mode).filter((id) => id !== 'ops-selected' && !id.startsWith('ops-choropleth'));
    for (const id of markers) map.setLayoutProperty(id, 'visibility', on ? 'none' : 'visible');
    for (const id of COMPARE_LAYER_IDS) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
  }

  return {
    install,
    set(next: readonly PeriodRow[] | null, mode: LayerMode) {
      const was = rows !== null;
      rows = next;
      (map.getSource(COMPARE_SOURCE) as maplibregl.GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: (next ?? []).map((r) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [...r.op.geometry.coordinates] },
          properties: { id: r.op.id, period: r.period },
        })),
      });
      if (was !== (next !== null)) apply(mode);
    },
    /** The layer mode changed: its markers stay hidden while comparing. */
    modeChanged(mode: LayerMode) {
      if (rows) apply(mode);
    },
    /** Layers a click or hover may pick while comparing. */
    pickable: () => (rows ? COMPARE_LAYER_IDS : []),
  };
}
