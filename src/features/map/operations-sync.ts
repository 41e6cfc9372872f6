/**
 * The controller's helper for the operation sources: the `ops` source holds only what is inside the time range
 * (a step sends the difference, or the small subset when that is smaller), the clustered source gets the same
 * subset in cluster mode, and dense maps switch halos and badges to closer zooms. Used by the controller only.
 */
import type { Taxonomy } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import type { LayerMode } from '../url-state/codec';
import { inTime, timeState, toMapData, type MapOperationProps, type TimeRange } from './map-data';
import type { maplibregl } from './maplibre';
import { DENSE_FROM, DENSE_MIN_ZOOM, detailLayerIds } from './operation-layers';

type Data = GeoJSON.FeatureCollection<GeoJSON.Point, MapOperationProps>;

export function createOperationsSync(map: maplibregl.Map, initialMode: LayerMode) {
  let data: Data | null = null;
  let time = timeState({ from: null, to: null, years: [] });
  let inSource = new Uint8Array(0);
  let dense = false;
  let mode = initialMode;
  const source = (id: string) => map.getSource(id) as maplibregl.GeoJSONSource;

  /** Clusters are computed from the data, so in cluster mode the time range is applied to what is sent. */
  function updateClusters() {
    if (!data || mode !== 'clusters') return;
    source('ops-clustered').setData({
      type: 'FeatureCollection',
      features: data.features.filter((f) => inTime(f.properties, time)),
    });
  }

  return {
    /** New operations (filters other than time changed): send those inside the time range. */
    setOperations(ops: OperationFeature[], precisions: Taxonomy['location_precisions']) {
      if (ops.length > DENSE_FROM !== dense) {
        dense = !dense;
        for (const id of detailLayerIds()) map.setLayerZoomRange(id, dense ? DENSE_MIN_ZOOM : 0, 24);
      }
      data = toMapData(ops, precisions);
      inSource = new Uint8Array(data.features.length);
      const features = data.features.filter((f, i) => (inSource[i] = inTime(f.properties, time) ? 1 : 0));
      source('ops').setData({ type: 'FeatureCollection', features });
      updateClusters();
    },
    /** Records a new time range; false when it is the same as before (nothing to do). */
    setTime(t: TimeRange): boolean {
      const next = timeState(t);
      if (next.fromDay === time.fromDay && next.toDay === time.toDay && next.years.join() === time.years.join())
        return false;
      time = next;
      return true;
    },
    /** Sends the map only the operations that entered or left the time range since the last call. */
    applyTime() {
      if (!data) return;
      const features = data.features;
      const add: Data['features'] = [];
      const remove: string[] = [];
      for (let i = 0; i < features.length; i++) {
        const inside = inTime(features[i].properties, time) ? 1 : 0;
        if (inside === inSource[i]) continue;
        inSource[i] = inside;
        if (inside) add.push(features[i]);
        else remove.push(features[i].properties.id);
      }
      const visible = inSource.reduce((n, v) => n + v, 0);
      // A small change (cumulative playback) goes as a diff; when most of what is shown changes (a moving
      // window, a jump) re-sending the small subset is cheaper (measured: README, Performance).
      if ((add.length + remove.length) * 2 > visible)
        source('ops').setData({ type: 'FeatureCollection', features: features.filter((_, i) => inSource[i]) });
      else if (add.length || remove.length) void source('ops').updateData({ add, remove });
      updateClusters();
    },
    setMode(next: LayerMode) {
      mode = next;
      updateClusters();
    },
  };
}
