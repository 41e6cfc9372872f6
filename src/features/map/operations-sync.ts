/**
 * The controller's helper for the operation sources. Only the current mode's sources hold data, and only what is
 * inside the time range:
 * - points: the operations are split by start date into up to TIME_BINS equal slices, one source each. A
 *   timeline step touches only the slices whose operations entered or left the range (cumulative playback: one),
 *   so MapLibre re-tiles a few thousand operations instead of everything shown. Each touched source gets the
 *   difference, or its small in-range subset when that is smaller.
 * - heat: one source (a heatmap must see every point at once), updated the same way.
 * - clusters: the in-range subset, since clusters are computed from the data itself.
 * The selection ring has its own one-feature source. Used by the controller only.
 *
 * MapLibre serialises each setData on the page before handing it to its worker: a hundred thousand operations
 * sent at once were one task of several hundred milliseconds. An update of many operations therefore goes out
 * one source per task (in order; a whole-source update drops what was still waiting for that source), and the
 * controller keeps the map busy until the last has gone (`pending`, `onSent`).
 */
import type { Taxonomy } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import type { LayerMode } from '../../domain/view';
import { nextTask } from '../tasks/next-task';
import { inTime, timeState, toMapData, type MapOperationProps, type TimeRange } from './map-data';
import type { maplibregl } from './maplibre';
import { binSourceIds, DENSE_FROM, DENSE_MIN_ZOOM, detailLayerIds, TIME_BINS } from './operation-layers';

type Feature = GeoJSON.Feature<GeoJSON.Point, MapOperationProps>;

/** A slice holds at least this many operations: small datasets use one source. */
const MIN_BIN = 2000;
/** An update sending at least this many operations goes out one source per task. */
const PACE_FROM = 20_000;

export interface SyncOptions {
  /** A slice holds at least this many operations. */
  minSlice?: number;
  /** Updates sending at least this many operations go out one source per task. */
  paceFrom?: number;
  /** Runs `fn` in a later task. */
  later?: (fn: () => void) => void;
  /** Called when the last waiting update has gone out. */
  onSent?: () => void;
}

/**
 * Splits feature indices into `count` slices of equal size by start day (ties keep their order), so that a
 * cumulative time step changes one slice.
 */
export function timeSlices(features: Feature[], count: number): number[][] {
  const order = features.map((_, i) => i).sort((a, b) => features[a].properties.s - features[b].properties.s);
  return Array.from({ length: count }, (_, b) =>
    order.slice(Math.floor((b * order.length) / count), Math.floor(((b + 1) * order.length) / count)),
  );
}

/** How many time slices a dataset of `n` operations gets. */
export const sliceCount = (n: number, binned: boolean, minSlice = MIN_BIN) =>
  binned ? Math.max(1, Math.min(TIME_BINS, Math.floor(n / minSlice))) : 1;

export function createOperationsSync(
  map: maplibregl.Map,
  initialMode: LayerMode,
  binned: boolean,
  { minSlice = MIN_BIN, paceFrom = PACE_FROM, later = nextTask, onSent = () => {} }: SyncOptions = {},
) {
  let features: Feature[] = [];
  /** Per source of the current mode: the indices of the features it may hold. */
  let groups: number[][] = [];
  /** Per feature: inside the time range; currently held by its source. */
  let inside = new Uint8Array(0);
  let held = new Uint8Array(0);
  let time = timeState({ from: null, to: null, years: [] });
  let mode = initialMode;
  let dense = false;
  let selectedId: string | null = null;
  /** The id the ring's source holds; undefined after new data (unknown, so re-sent). */
  let selectedShown: string | null | undefined = null;
  const source = (id: string) => map.getSource(id) as maplibregl.GeoJSONSource;
  const collection = (list: Feature[]) => ({ type: 'FeatureCollection' as const, features: list });
  const sourceIds = () => (mode === 'points' ? binSourceIds() : mode === 'heat' ? ['ops'] : []);

  /** Updates waiting for their task, in order. */
  let queue: { id: string; run: () => void }[] = [];
  let scheduled = false;
  function drain() {
    scheduled = false;
    queue.shift()?.run();
    if (queue.length) {
      scheduled = true;
      later(drain);
    } else onSent();
  }
  /** Runs an update of source `id` now, or after those waiting when `paced` or when others wait already. */
  function put(id: string, whole: boolean, paced: boolean, run: () => void) {
    if (!paced && !queue.length) return run();
    if (whole) queue = queue.filter((j) => j.id !== id);
    queue.push({ id, run });
    if (!scheduled) {
      scheduled = true;
      later(drain);
    }
  }
  const setSource = (id: string, list: Feature[], paced = false) =>
    put(id, true, paced, () => source(id).setData(collection(list)));

  /** Assigns the features to the current mode's sources. */
  function regroup() {
    if (mode === 'points') groups = timeSlices(features, sliceCount(features.length, binned, minSlice));
    else groups = mode === 'heat' ? [features.map((_, i) => i)] : [];
    held = new Uint8Array(features.length);
  }

  /** Brings every source of the current mode up to date; `full` re-sends each source's subset. */
  function send(full: boolean) {
    const ids = sourceIds();
    const updates: { id: string; list?: Feature[]; add?: Feature[]; remove?: string[] }[] = [];
    let size = 0;
    groups.forEach((members, g) => {
      const id = ids[g];
      const add: Feature[] = [];
      const remove: string[] = [];
      let visible = 0;
      for (const i of members) {
        visible += inside[i];
        if (inside[i] === held[i]) continue;
        held[i] = inside[i];
        if (inside[i]) add.push(features[i]);
        else remove.push(features[i].properties.id);
      }
      // A small change (cumulative playback) goes as a diff; when most of what is shown changes (a moving
      // window, a jump) re-sending the small subset is cheaper (measured: README, Performance).
      if (full || (add.length + remove.length) * 2 > visible) {
        const list = members.filter((i) => inside[i]).map((i) => features[i]);
        updates.push({ id, list });
        size += list.length;
      } else if (add.length || remove.length) {
        updates.push({ id, add, remove });
        size += add.length + remove.length;
      }
    });
    const paced = size >= paceFrom;
    for (const { id, list, add, remove } of updates)
      if (list) setSource(id, list, paced);
      else put(id, false, paced, () => void source(id).updateData({ add: add!, remove: remove! }));
    if (mode === 'clusters')
      setSource(
        'ops-clustered',
        features.filter((_, i) => inside[i]),
      );
    updateSelected();
  }

  /** The ring shows the selected operation when it is on the map. */
  function updateSelected() {
    const i = selectedId === null ? -1 : features.findIndex((f) => f.properties.id === selectedId);
    const shown = i >= 0 && inside[i] ? selectedId : null;
    if (shown === selectedShown) return;
    selectedShown = shown;
    source('ops-selected').setData(collection(i >= 0 && shown ? [features[i]] : []));
  }

  function clearMode() {
    sourceIds()
      .slice(0, groups.length)
      .forEach((id) => setSource(id, []));
    if (mode === 'clusters') setSource('ops-clustered', []);
  }

  return {
    /** True while updates wait for their task (the map is not up to date yet). */
    pending: () => queue.length > 0,
    /** New operations (filters other than time changed): send those inside the time range. */
    setOperations(ops: OperationFeature[], precisions: Taxonomy['location_precisions']) {
      if (ops.length > DENSE_FROM !== dense) {
        dense = !dense;
        for (const id of detailLayerIds()) map.setLayerZoomRange(id, dense ? DENSE_MIN_ZOOM : 0, 24);
      }
      const before = groups.length;
      features = toMapData(ops, precisions).features;
      inside = Uint8Array.from(features, (f) => (inTime(f.properties, time) ? 1 : 0));
      regroup();
      // Slices the new data no longer uses are emptied.
      sourceIds()
        .slice(groups.length, Math.max(before, groups.length))
        .forEach((id) => setSource(id, []));
      selectedShown = undefined;
      send(true);
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
      for (let i = 0; i < features.length; i++) inside[i] = inTime(features[i].properties, time) ? 1 : 0;
      send(false);
    },
    setSelected(id: string | null) {
      selectedId = id;
      updateSelected();
    },
    setMode(next: LayerMode) {
      if (next === mode) return;
      clearMode();
      mode = next;
      regroup();
      send(true);
    },
  };
}
