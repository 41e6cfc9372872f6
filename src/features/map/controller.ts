/**
 * The map controller: the only code that creates the MapLibre map and calls addSource/addLayer/setData/jumpTo/on
 * (with operations-sync.ts, its helper for the operation sources). React feeds it through a small interface; it
 * reports back through handlers read at call time, so
 * the map is never rebuilt. It reports the camera on `moveend` only (never per frame) and marks the container
 * `data-map-idle="true"` on `idle` after the latest change.
 */
import type { Taxonomy } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { MAX_ZOOM, MIN_ZOOM, roundCamera, type Camera, type Lang, type LayerMode } from '../../domain/view';
import { ONLINE_BASEMAPS } from './basemaps';
import { maplibregl } from './maplibre';
import { boundsOf, type TimeRange } from './map-data';
import { createOperationsSync } from './operations-sync';
import { interactiveLayerIds, visibleLayerIds } from './operation-layers';
import { buildStyle, LABEL_LAYER_IDS, nameField, type FontUrls } from './style';
import { createTooltip } from './tooltip';

export interface MapHandlers {
  onSelect: (id: string) => void;
  onCamera: (camera: Camera) => void;
  onBasemapError: (id: string) => void;
}

export interface MapInit {
  lang: Lang;
  mode: LayerMode;
  camera: Camera | null;
  dataUrl: string;
  fonts: FontUrls;
  /** Split the points into time-slice sources (false only for the benchmark's naive baseline). */
  timeSlices: boolean;
}

export interface MapController {
  /** Operations matching every filter except time; sent to the map only when this array changes. */
  setOperations(ops: OperationFeature[], precisions: Taxonomy['location_precisions']): void;
  /** The time range: only the operations entering or leaving it are sent to the map (a diff, not the data). */
  setTime(t: TimeRange): void;
  setSelected(id: string | null, fly: boolean): void;
  setView(camera: Camera | null): void;
  setLanguage(lang: Lang): void;
  setBasemap(id: string): void;
  setLayerMode(mode: LayerMode): void;
  /** A copy of the rendered map, taken right after the next frame is drawn (WebGL buffers are not kept). */
  snapshot(): Promise<HTMLCanvasElement>;
  /** Screen position of a lon/lat, for tests that click the canvas. */
  project(lonLat: [number, number]): { x: number; y: number };
  destroy(): void;
}

const SYRIA: [[number, number], [number, number]] = [
  [35.6, 32.3],
  [42.4, 37.35],
];

export function createMapController(container: HTMLElement, init: MapInit, handlers: () => MapHandlers): MapController {
  let lang = init.lang;
  let mode = init.mode;
  let byId = new Map<string, OperationFeature>();
  let lastOps: OperationFeature[] | null = null;
  let basemap = 'embedded';
  let fitted = init.camera !== null;
  let selectedId: string | null = null;
  let flyPending = false;

  const busy = () => {
    container.dataset.mapIdle = 'false';
    map.triggerRepaint();
  };
  container.dataset.mapIdle = 'false';

  const map = new maplibregl.Map({
    container,
    style: buildStyle({ lang, dataUrl: init.dataUrl, fonts: init.fonts, mode }),
    bounds: init.camera ? undefined : SYRIA,
    center: init.camera ? [init.camera.lon, init.camera.lat] : undefined,
    zoom: init.camera?.zoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: MAX_ZOOM,
    minZoom: MIN_ZOOM,
    // No label fade-in: the map is idle (and readable) as soon as a change is drawn.
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  // Controls sit at the inline end (right in English, left in Arabic); our overlays take the inline start.
  const nav = new maplibregl.NavigationControl({ showCompass: false });
  const scale = new maplibregl.ScaleControl({ unit: 'metric' });
  const placeControls = () => {
    const end = lang === 'ar' ? 'left' : 'right';
    for (const c of [nav, scale]) if (map.hasControl(c)) map.removeControl(c);
    map.addControl(nav, `top-${end}`);
    map.addControl(scale, `bottom-${end}`);
  };
  placeControls();
  if (navigator.webdriver) (window as unknown as { __atlasMap?: unknown }).__atlasMap = map;

  // Any camera movement (a gesture, a flight, an easing) makes the map busy until it settles again, so that
  // `data-map-idle="true"` always means "nothing is moving" (what a person waits for before sharing a link).
  map.on('movestart', () => {
    container.dataset.mapIdle = 'false';
  });
  map.on('idle', () => {
    // Not idle "after the latest change" until the operations are drawn (the data may come after the basemap).
    if (!lastOps) return;
    container.dataset.mapIdle = 'true';
    // Time from navigation start to the first idle with the operations drawn (e2e run and benchmark read it).
    if (!performance.getEntriesByName('map-first-idle').length) performance.mark('map-first-idle');
  });
  // Report only moves a person made (gestures, controls) or asked for (flying to a selection, opening a
  // cluster); resizes and the initial fit leave the URL alone.
  let reportNextMove = false;
  map.on('moveend', (e) => {
    const asked = reportNextMove;
    reportNextMove = false;
    if (!e.originalEvent && !asked) return;
    const c = map.getCenter().wrap();
    handlers().onCamera(roundCamera({ zoom: map.getZoom(), lat: c.lat, lon: c.lng }));
  });
  map.on('error', (e) => {
    const sourceId = (e as unknown as { sourceId?: string }).sourceId;
    if (sourceId === 'online' && basemap !== 'embedded') {
      const failed = basemap;
      setBasemap('embedded');
      handlers().onBasemapError(failed);
    }
  });

  const sync = createOperationsSync(map, mode, init.timeSlices);
  const tooltip = createTooltip(container, () => lang);
  map.on('mousemove', (e) => {
    const hit = visibleHit(e.point);
    const op = hit && !hit.properties.point_count ? byId.get(String(hit.properties.id)) : undefined;
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    tooltip.show(op ?? null, e.point);
  });
  map.on('mouseout', () => tooltip.show(null, { x: 0, y: 0 }));
  map.on('click', async (e) => {
    const hit = visibleHit(e.point);
    if (!hit) return;
    if (hit.properties.point_count) {
      const source = map.getSource('ops-clustered') as maplibregl.GeoJSONSource;
      let zoom: number;
      try {
        zoom = await source.getClusterExpansionZoom(hit.properties.cluster_id as number);
      } catch {
        return; // the clusters changed under the click (playback in cluster mode)
      }
      reportNextMove = true;
      map.easeTo({ center: (hit.geometry as GeoJSON.Point).coordinates as [number, number], zoom });
      return;
    }
    handlers().onSelect(String(hit.properties.id));
  });

  // Sources and layers can change once the style is parsed; waiting for 'load' (first tiles drawn) would
  // hold the operations back by ~0.5 s.
  let styleReady = false;
  const pending: (() => void)[] = [];
  map.once('style.load', () => {
    styleReady = true;
    pending.splice(0).forEach((fn) => fn());
  });
  /** Flies to the selection once it is known; on phones the point lands above the bottom sheet. */
  function flyToSelected() {
    const op = selectedId ? byId.get(selectedId) : undefined;
    if (!op || !flyPending) return;
    flyPending = false;
    reportNextMove = true;
    const phone = window.matchMedia('(max-width: 600px)').matches;
    map.flyTo({
      center: op.geometry.coordinates,
      zoom: Math.max(map.getZoom(), 8),
      offset: phone ? [0, -container.clientHeight * 0.25] : [0, 0],
      duration: 800,
    });
  }

  /** The topmost operation or cluster under a point. */
  const visibleHit = (point: maplibregl.PointLike) =>
    map.queryRenderedFeatures(point, { layers: interactiveLayerIds(mode) })[0];

  const whenLoaded = (fn: () => void) => (styleReady ? fn() : pending.push(fn));

  function setBasemap(id: string) {
    const online = ONLINE_BASEMAPS.find((b) => b.id === id) ?? null;
    if ((online?.id ?? 'embedded') === basemap) return;
    basemap = online?.id ?? 'embedded';
    whenLoaded(() => {
      if (map.getLayer('online-basemap')) map.removeLayer('online-basemap');
      if (map.getSource('online')) map.removeSource('online');
      if (online) {
        const { tiles, tileSize, maxzoom, attribution } = online;
        map.addSource('online', { type: 'raster', tiles, tileSize, maxzoom, attribution });
        map.addLayer({ id: 'online-basemap', type: 'raster', source: 'online' }, 'countries-fill');
      }
      map.setPaintProperty('countries-fill', 'fill-opacity', online ? 0 : 1);
      busy();
    });
  }

  return {
    setOperations(ops, precisions) {
      if (ops === lastOps) return;
      lastOps = ops;
      byId = new Map(ops.map((o) => [o.id, o]));
      whenLoaded(() => {
        sync.setOperations(ops, precisions);
        const bounds = boundsOf(ops);
        if (!fitted && bounds) {
          fitted = true;
          map.fitBounds(bounds, { padding: 60, maxZoom: 9, animate: false });
        }
        flyToSelected();
        // A selection the current filters leave off the map must not fly there later by surprise.
        flyPending = false;
        busy();
      });
    },
    setTime(t) {
      if (!sync.setTime(t)) return;
      whenLoaded(() => {
        sync.applyTime();
        busy();
      });
    },
    setSelected(id, fly) {
      selectedId = id;
      flyPending = fly;
      whenLoaded(() => {
        sync.setSelected(id);
        flyToSelected();
        busy();
      });
    },
    setView(camera) {
      if (!camera) return;
      const c = map.getCenter().wrap();
      const current = roundCamera({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
      if (current.zoom === camera.zoom && current.lat === camera.lat && current.lon === camera.lon) return;
      // A camera from the URL (a link, Back/Forward) wins over a flight in progress, which must not report itself.
      reportNextMove = false;
      flyPending = false;
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      busy();
    },
    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      placeControls();
      whenLoaded(() => {
        for (const id of LABEL_LAYER_IDS) map.setLayoutProperty(id, 'text-field', nameField(lang));
        busy();
      });
    },
    setBasemap,
    setLayerMode(next) {
      if (next === mode) return;
      mode = next;
      whenLoaded(() => {
        const visible = new Set(visibleLayerIds(mode));
        for (const layer of map.getStyle().layers)
          if (layer.id.startsWith('ops'))
            map.setLayoutProperty(layer.id, 'visibility', visible.has(layer.id) ? 'visible' : 'none');
        sync.setMode(mode);
        busy();
      });
    },
    snapshot() {
      return new Promise((resolve) => {
        map.once('render', () => {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          copy.getContext('2d')!.drawImage(source, 0, 0);
          resolve(copy);
        });
        map.triggerRepaint();
      });
    },
    project(lonLat) {
      const p = map.project(lonLat);
      return { x: p.x, y: p.y };
    },
    destroy() {
      tooltip.destroy();
      map.remove();
    },
  };
}
