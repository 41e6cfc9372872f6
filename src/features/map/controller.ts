/**
 * The map controller: the only code that creates the MapLibre map and calls addSource/addLayer/setData/jumpTo/on,
 * with its helpers (operations-sync.ts for the operation sources, tiled-host.ts and tiled-sync.ts,
 * choropleth-map.ts, compare-map.ts, spatial-layers.ts, map-pointer.ts for picking, online-basemap.ts,
 * map-image.ts, maplibre-internals.ts). React feeds it through a small interface (controller-types.ts); it
 * reports back through handlers read at call time, so the map
 * is never rebuilt. It reports the camera on `moveend` only (never per frame) and marks the container
 * `data-map-idle="true"` on `idle` after the latest change.
 */
import type { OperationFeature } from '../../domain/operation-schema';
import { MAX_ZOOM, MIN_ZOOM, roundCamera } from '../../domain/view';
import { ONLINE_BASEMAPS } from './basemaps';
import { maplibregl } from './maplibre';
import { boundsOf } from './map-data';
import { createOperationsSync } from './operations-sync';
import { visibleLayerIds } from './operation-layers';
import { buildStyle, LABEL_LAYER_IDS, nameField, themePaint } from './style';
import { createTooltip } from './tooltip';
import { holdFirstPaint } from './maplibre-internals';
import { attachPointer } from './map-pointer';
import { imageNow, snapshot } from './map-image';
import { showOnlineBasemap } from './online-basemap';
import type { MapController, MapHandlers, MapInit } from './controller-types';
import { MAP_FIRST_IDLE } from './map-events';
import { inFreeArea, NO_PADDING, type Padding } from './free-area';
import { applyLocale } from './map-locale';
import { createScaleBar } from './scale-bar';
import { createTiledHost } from './tiled-host';
import { addSpatialLayers, NO_SHAPES, type SpatialShapes } from './spatial-layers';
import { createChoroplethMap } from './choropleth-map';
import { createCompareMap } from './compare-map';

export type { Padding } from './free-area';
export type { MapController, MapHandlers, MapInit } from './controller-types';

/** How long the map may take to load its style (worker included) before the person is told it failed. */
const START_TIMEOUT_MS = 12_000;
/** The longest the first view waits to be painted complete (on a slow connection the basemap then shows as it comes). */
const FIRST_PAINT_HOLD_MS = 1500;

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
  let locale = init.locale;
  let theme = init.theme;
  let shapes = NO_SHAPES;
  let drawing = false;
  let drawShapes: ((s: SpatialShapes, hideArea: boolean) => void) | null = null;
  const padding = (): Padding => handlers().padding?.() ?? NO_PADDING;
  /** The operations of the last automatic fit: kept in view when the map is resized, until a person moves it. */
  let keptInView: OperationFeature[] | null = null;

  /** The map is busy until its next idle; `draw`: ask for a frame (false when one is coming by itself). */
  const busy = (draw = true) => {
    container.dataset.mapIdle = 'false';
    if (draw) map.triggerRepaint();
  };
  container.dataset.mapIdle = 'false';

  const map = new maplibregl.Map({
    container,
    style: buildStyle({ lang, theme: init.theme, dataUrl: init.dataUrl, fonts: init.fonts, mode }),
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
    locale: init.locale.strings,
  });
  map.touchZoomRotate.disableRotation();
  // The first view is painted once it is complete (maplibre-internals.ts), not ten times as it comes in.
  const firstPaint = holdFirstPaint(map, FIRST_PAINT_HOLD_MS);
  // The worker parses the style's sources; when it cannot load, the style never does and nothing says so.
  const watchdog = window.setTimeout(() => handlers().onFailure('worker'), START_TIMEOUT_MS);
  map.once('load', () => window.clearTimeout(watchdog));
  // Controls sit at the inline end (right in English, left in Arabic); our overlays take the inline start.
  const nav = new maplibregl.NavigationControl({ showCompass: false });
  const scale = createScaleBar(() => ({ km: locale.km, m: locale.m, lang }));
  const placeControls = () => {
    const end = lang === 'ar' ? 'left' : 'right';
    for (const c of [nav, scale]) if (map.hasControl(c)) map.removeControl(c);
    map.addControl(nav, `top-${end}`);
    map.addControl(scale, `bottom-${end}`);
    applyLocale(map, locale);
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
    if (!lastOps || tiled.pending() || sync.pending()) return;
    // Everything of the first view is in: it is painted now, and the idle after that frame is the one.
    if (firstPaint.release()) return;
    container.dataset.mapIdle = 'true';
    // Time from navigation start to the first idle with the operations drawn (e2e run and benchmark read it).
    if (!performance.getEntriesByName('map-first-idle').length) {
      performance.mark('map-first-idle');
      window.dispatchEvent(new Event(MAP_FIRST_IDLE));
    }
  });
  // Report only moves a person made (gestures, controls) or asked for (flying to a selection, opening a
  // cluster); resizes and the initial fit leave the URL alone.
  let reportNextMove = false;
  map.on('moveend', (e) => {
    const asked = reportNextMove;
    reportNextMove = false;
    if (!e.originalEvent && !asked) return;
    if (e.originalEvent) keptInView = null;
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

  // Many operations go to the map one source per task; the map is busy until the last has gone.
  const sync = createOperationsSync(map, mode, init.timeSlices, { onSent: () => busy() });
  // A tiled dataset's layers (tiled-host.ts: its code and pmtiles load only when one is opened).
  const tiled = createTiledHost(map, {
    mode: () => mode,
    whenLoaded: (fn) => whenLoaded(fn),
    busy,
    onFailure: () => handlers().onFailure('worker'),
    onAttached: (spec) => {
      if (fitted) return;
      fitted = true;
      const [w, s, e, n] = spec.bounds;
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: padding(), maxZoom: 10, animate: false },
      );
    },
  });
  const tooltip = createTooltip(container, () => lang);
  const choropleth = createChoroplethMap(map, container);
  const compare = createCompareMap(map);
  attachPointer({
    map,
    container,
    handlers,
    mode: () => mode,
    drawing: () => drawing,
    operation: (id) => byId.get(id),
    tiledPickable: tiled.pickable,
    choropleth,
    compare,
    tooltip,
    willMove: () => {
      reportNextMove = true;
      keptInView = null;
    },
  });

  /** The operations' bounds, fitted into the free area of the map. */
  function fit(ops: OperationFeature[], animate: boolean): boolean {
    const bounds = boundsOf(ops);
    if (!bounds) return false;
    map.fitBounds(bounds, { padding: padding(), maxZoom: 10, animate, duration: animate ? 600 : 0 });
    return true;
  }
  map.on('resize', () => {
    if (keptInView) fit(keptInView, false);
  });

  // Sources and layers can change once the style is parsed; waiting for 'load' (first tiles drawn) would
  // hold the operations back by ~0.5 s.
  let styleReady = false;
  const pending: (() => void)[] = [];
  map.once('style.load', () => {
    styleReady = true;
    compare.install();
    drawShapes = addSpatialLayers(map);
    drawShapes(shapes, false);
    pending.splice(0).forEach((fn) => fn());
  });
  /** Flies to the selection once it is known; on phones the point lands above the bottom sheet. */
  function flyToSelected() {
    const op = selectedId ? byId.get(selectedId) : undefined;
    if (!op || !flyPending) return;
    flyPending = false;
    reportNextMove = true;
    keptInView = null;
    // The point lands in the middle of the free area (above the phone's bottom sheet, clear of the overlays).
    const pad = padding();
    map.flyTo({
      center: op.geometry.coordinates,
      zoom: Math.max(map.getZoom(), 8),
      offset: [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2],
      duration: 800,
    });
  }

  const whenLoaded = (fn: () => void) => (styleReady ? fn() : pending.push(fn));

  function setBasemap(id: string) {
    const online = ONLINE_BASEMAPS.find((b) => b.id === id) ?? null;
    if ((online?.id ?? 'embedded') === basemap) return;
    basemap = online?.id ?? 'embedded';
    whenLoaded(() => {
      showOnlineBasemap(map, online);
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
        if (!fitted && boundsOf(ops)) {
          fitted = true;
          fit(ops, false);
          keptInView = ops;
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
      keptInView = null;
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      busy();
    },
    setLocale(next) {
      locale = next;
      applyLocale(map, locale);
      scale.update();
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
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      whenLoaded(() => {
        for (const [id, paint] of Object.entries(themePaint(theme)))
          for (const [prop, value] of Object.entries(paint)) map.setPaintProperty(id, prop as never, value as never);
        busy();
      });
    },
    showOperations(ops, how) {
      whenLoaded(() => {
        if (how === 'ifNoneVisible') {
          const { width, height } = container.getBoundingClientRect();
          const pad = padding();
          const visible = ops.some((o) => {
            const p = map.project(o.geometry.coordinates);
            return inFreeArea(p.x, p.y, pad, width, height);
          });
          if (visible) return;
        }
        reportNextMove = true;
        if (fit(ops, true)) keptInView = ops;
        busy();
      });
    },
    setLayerMode(next) {
      if (next === mode) return;
      mode = next;
      whenLoaded(() => {
        const visible = new Set(visibleLayerIds(mode));
        for (const layer of map.getStyle().layers)
          if (layer.id.startsWith('ops'))
            map.setLayoutProperty(layer.id, 'visibility', visible.has(layer.id) ? 'visible' : 'none');
        sync.setMode(mode);
        tiled.setMode(mode);
        if (mode !== 'choropleth') choropleth.hover(null);
        compare.modeChanged(mode);
        busy();
      });
    },
    snapshot: () => snapshot(map),
    imageNow: () => imageNow(map),
    project(lonLat) {
      const p = map.project(lonLat);
      return { x: p.x, y: p.y };
    },
    setTiled: (spec) => tiled.open(spec),
    setTiledFilter: (filter) => tiled.setFilter(filter),
    setShapes(next) {
      shapes = next;
      drawShapes?.(shapes, drawing);
      busy();
    },
    async drawArea(options) {
      const { startAreaDraw } = await import('./area-draw');
      await new Promise<void>((resolve) => whenLoaded(resolve));
      drawing = true;
      tooltip.show(null, { x: 0, y: 0 });
      drawShapes?.(shapes, options.kind === 'edit');
      const stop = startAreaDraw(map, options);
      return () => {
        stop();
        drawing = false;
        drawShapes?.(shapes, false);
        busy();
      };
    },
    setCompare(rows) {
      whenLoaded(() => {
        compare.set(rows, mode);
        busy();
      });
    },
    setChoropleth(view) {
      whenLoaded(() => {
        choropleth.set(view);
        busy();
      });
    },
    destroy() {
      window.clearTimeout(watchdog);
      tooltip.destroy();
      choropleth.destroy();
      map.remove();
    },
  };
}
