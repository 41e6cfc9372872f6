/** What the map controller (controller.ts) takes and offers: its handlers, its start options and its interface. */
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { PeriodRow } from '../../domain/compare';
import type { Taxonomy } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import type { Camera, Lang, LayerMode } from '../../domain/view';
import type { DrawOptions } from './area-draw';
import type { ChoroplethView } from './choropleth-map';
import type { Padding } from './free-area';
import type { TimeRange } from './map-data';
import type { MapLocale } from './map-locale';
import type { SpatialShapes } from './spatial-layers';
import type { FontUrls, Theme } from './style';
import type { TiledMapSpec } from './tiled-sync';

export interface MapHandlers {
  onSelect: (id: string) => void;
  /**
   * Several operations (or, from the keyboard, none) under the point a person picked: the view offers a list.
   * `point` is in map pixels.
   */
  onChoose: (ids: string[], point: { x: number; y: number }, keyboard: boolean) => void;
  /** What the overlays cover now, as padding: fits and flights keep operations out of it. */
  padding: () => Padding;
  onCamera: (camera: Camera) => void;
  onBasemapError: (id: string) => void;
  /** The map could not start: no WebGL, or its worker did not load (a policy, a lost connection). */
  onFailure: (reason: 'webgl' | 'worker') => void;
  /** A tiled dataset's operations picked (feature ids are rows); several offer a list, as `onChoose` does. */
  onPickRows?: (rows: number[], point: { x: number; y: number }, keyboard: boolean) => void;
  /** A tiled dataset's operation by row, when its record is at hand (for the hover tooltip). */
  tiledOperation?: (row: number) => OperationFeature | undefined;
  /** A governorate picked on the choropleth (click, or Enter at the map's centre). */
  onGovernorate?: (iso: string) => void;
}

export interface MapInit {
  lang: Lang;
  /** MapLibre's own UI strings (zoom buttons, map name) in the UI language, and the scale's units. */
  locale: MapLocale;
  theme: Theme;
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
  /** MapLibre's UI strings and the scale's units (they follow the UI language once its strings are loaded). */
  setLocale(locale: MapLocale): void;
  /**
   * Shows these operations: `fit` always fits them (a person asked: the camera goes to the URL); `ifNoneVisible`
   * only when none of them is in the free area of the current view (a filter change emptied the view).
   */
  showOperations(ops: OperationFeature[], how: 'fit' | 'ifNoneVisible'): void;
  setBasemap(id: string): void;
  /** The embedded basemap's light or dark palette. */
  setTheme(theme: Theme): void;
  setLayerMode(mode: LayerMode): void;
  /** A copy of the rendered map, taken right after the next frame is drawn (WebGL buffers are not kept). */
  snapshot(): Promise<HTMLCanvasElement>;
  /**
   * The map as a PNG data URL, drawn synchronously (for printing: `beforeprint` cannot wait for a frame, and
   * the WebGL buffer is only readable right after a draw).
   */
  imageNow(): string;
  /** Screen position of a lon/lat, for tests that click the canvas. */
  project(lonLat: [number, number]): { x: number; y: number };
  /**
   * Draws a tiled dataset's operations from its PMTiles archive (the GeoJSON sources then hold only the
   * selected operation, for its ring); the first view without a camera fits the dataset's bounds.
   */
  setTiled(spec: TiledMapSpec): void;
  /** The view's filters as a layer filter on the tiled operations (tiled-layers.ts, `tiledFilter`). */
  setTiledFilter(filter: FilterSpecification): void;
  /** The area's outline and the radius circle drawn over the map. */
  setShapes(shapes: SpatialShapes): void;
  /**
   * Draws or edits the area with terra-draw (loaded now, on first use); clicks then draw instead of picking
   * operations. Resolves to the function that ends drawing.
   */
  drawArea(options: DrawOptions): Promise<() => void>;
  /** The choropleth's colours and tooltip words (null outside `layer=choropleth`). */
  setChoropleth(view: ChoroplethView | null): void;
  /** Comparing two periods: A ∪ B with each operation's period (null: no comparison). */
  setCompare(rows: readonly PeriodRow[] | null): void;
  destroy(): void;
}
