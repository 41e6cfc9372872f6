/**
 * Operation layers as typed data. Uncertainty is drawn, not hidden:
 * - `exact`/`village`: a solid dot;
 * - `near`/`subdistrict`: a translucent halo whose radius is the uncertainty in metres, with a hollow centre;
 * - `governorate`/`region`: a dashed-looking hollow ring only (no centre dot), never a confident point;
 * - a disputed date adds a "?" badge; the selected operation gets a dark ring.
 * Points mode reads the time-bin sources `ops-t0` … (each holds the in-range operations of one slice of the
 * dataset's time span, so that a timeline step re-tiles one small source instead of everything shown); heat mode
 * reads `ops`, cluster mode `ops-clustered`, the selection ring `ops-selected`. Features carry `radius_m`.
 */
import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  HeatmapLayerSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { OTHER_TYPE_COLOR, TYPE_COLORS } from '../../domain/palette';
import type { LayerMode } from '../../domain/view';
import { choroplethLayers } from './choropleth-layers';

export const typeColor: ExpressionSpecification = [
  'match',
  ['get', 'type'],
  ...Object.entries(TYPE_COLORS).flat(),
  OTHER_TYPE_COLOR,
] as unknown as ExpressionSpecification;

/** Metres per pixel at zoom 0 and latitude 35° (mid-Syria): 156543.03 × cos 35°. */
export const METRES_PER_PIXEL_Z0 = 128_236;

/** A circle radius in pixels for `radius_m` metres on the ground, exact at 35° N. */
export const metresToPixels: ExpressionSpecification = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  0,
  ['/', ['get', 'radius_m'], METRES_PER_PIXEL_Z0],
  22,
  ['/', ['*', ['get', 'radius_m'], 2 ** 22], METRES_PER_PIXEL_Z0],
];

const precisionIn = (...p: string[]): FilterSpecification => ['in', ['get', 'location_precision'], ['literal', p]];
const notCluster: FilterSpecification = ['!', ['has', 'point_count']];
const all = (...f: FilterSpecification[]): FilterSpecification => ['all', ...f] as FilterSpecification;

export const SOLID = ['exact', 'village'];
export const HALO = ['near', 'subdistrict'];
export const AREA = ['governorate', 'region'];

/** Time-bin sources for points mode; a dataset fills as many as it needs (see operations-sync). */
export const TIME_BINS = 16;
export const binSourceIds = () => Array.from({ length: TIME_BINS }, (_, b) => `ops-t${b}`);

type MarkerKind = 'halo' | 'area' | 'hollow' | 'solid' | 'disputed';

function markerLayer(kind: MarkerKind, id: string, source: string, filter: FilterSpecification) {
  const small: DataDrivenPropertyValueSpecification<number> = ['interpolate', ['linear'], ['zoom'], 5, 5, 10, 7];
  const specs: Record<MarkerKind, CircleLayerSpecification | SymbolLayerSpecification> = {
    halo: {
      id,
      type: 'circle',
      source,
      filter: all(filter, precisionIn(...HALO)),
      paint: {
        'circle-radius': metresToPixels,
        'circle-color': typeColor,
        'circle-opacity': 0.18,
        'circle-stroke-color': typeColor,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.6,
        'circle-pitch-alignment': 'map',
      },
    },
    area: {
      id,
      type: 'circle',
      source,
      filter: all(filter, precisionIn(...AREA)),
      paint: {
        'circle-radius': metresToPixels,
        'circle-color': typeColor,
        'circle-opacity': 0.06,
        'circle-stroke-color': typeColor,
        'circle-stroke-width': 2.5,
        'circle-stroke-opacity': 0.85,
        'circle-pitch-alignment': 'map',
      },
    },
    hollow: {
      id,
      type: 'circle',
      source,
      filter: all(filter, precisionIn(...HALO, ...AREA)),
      paint: {
        'circle-radius': small,
        'circle-color': '#ffffff',
        'circle-stroke-color': typeColor,
        'circle-stroke-width': 2.5,
      },
    },
    solid: {
      id,
      type: 'circle',
      source,
      filter: all(filter, precisionIn(...SOLID)),
      paint: {
        'circle-radius': small,
        'circle-color': typeColor,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    disputed: {
      id,
      type: 'symbol',
      source,
      filter: all(filter, ['==', ['get', 'date_disputed'], true]),
      layout: {
        'text-field': '?',
        'text-font': ['Atlas Regular'],
        'text-size': 13,
        'text-offset': [0.9, -0.9],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#1f2328', 'text-halo-color': '#ffd866', 'text-halo-width': 2.5 },
    },
  };
  return specs[kind];
}

const KINDS: MarkerKind[] = ['halo', 'area', 'hollow', 'solid', 'disputed'];

/**
 * The marker layers over some sources, kind by kind (every halo below every dot, whatever its time bin).
 * With one source the ids are `${prefix}-${kind}`; with several, `${source}-${kind}`.
 */
function markerLayers(prefix: string, sources: string[], filter: FilterSpecification) {
  return KINDS.flatMap((kind) =>
    sources.map((source) => markerLayer(kind, `${sources.length === 1 ? prefix : source}-${kind}`, source, filter)),
  );
}

/** Every operation layer, in drawing order. */
export function operationLayers() {
  const clusterCircle: CircleLayerSpecification = {
    id: 'ops-clusters',
    type: 'circle',
    source: 'ops-clustered',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#3d4a5c',
      'circle-opacity': 0.85,
      'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 100, 24, 1000, 30],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  };
  const clusterCount: SymbolLayerSpecification = {
    id: 'ops-cluster-count',
    type: 'symbol',
    source: 'ops-clustered',
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': ['Atlas Regular'],
      'text-size': 13,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff' },
  };
  const heat: HeatmapLayerSpecification = {
    id: 'ops-heat',
    type: 'heatmap',
    source: 'ops',
    paint: {
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 4, 18, 9, 40],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2],
      'heatmap-opacity': 0.8,
      'heatmap-color': [
        'interpolate',
        ['linear'],
        ['heatmap-density'],
        0,
        'rgba(255,255,255,0)',
        0.2,
        '#fde0c5',
        0.5,
        '#f59e72',
        0.8,
        '#d1495b',
        1,
        '#7a1d3a',
      ],
    },
  };
  const selectedRing: CircleLayerSpecification = {
    id: 'ops-selected',
    type: 'circle',
    source: 'ops-selected',
    paint: {
      'circle-radius': 13,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#1f2328',
      'circle-stroke-width': 3,
    },
  };
  return {
    points: markerLayers('ops', binSourceIds(), ['boolean', true]),
    clusters: [clusterCircle, clusterCount, ...markerLayers('ops-unclustered', ['ops-clustered'], notCluster)],
    heat: [heat],
    choropleth: choroplethLayers(),
    selected: selectedRing,
  };
}

/** Which layer ids are visible in each mode (the selection ring always is). */
export function visibleLayerIds(mode: LayerMode): string[] {
  const layers = operationLayers();
  return [...layers[mode].map((l) => l.id), layers.selected.id];
}

/** Layers a pointer can hover or click, per mode. */
export function interactiveLayerIds(mode: LayerMode): string[] {
  const layers = operationLayers();
  // The choropleth's governorates are picked by the controller's choropleth helper, not as operations.
  if (mode === 'heat' || mode === 'choropleth') return [];
  return layers[mode]
    .filter((l) => !l.id.endsWith('-disputed') && !l.id.endsWith('-halo') && !l.id.endsWith('-area'))
    .map((l) => l.id);
}

/**
 * Level of detail for dense maps: with more than DENSE_FROM operations on the map, uncertainty halos, outlined
 * areas and disputed-date badges are drawn from DENSE_MIN_ZOOM on, where they can be told apart; below it the
 * hollow/solid distinction still shows which locations are uncertain. (At 100k operations the halos alone double
 * the cost of every frame under software WebGL, for an unreadable smear.) The legend says so.
 */
export const DENSE_FROM = 5000;
export const DENSE_MIN_ZOOM = 8;

/** Layers hidden below DENSE_MIN_ZOOM on dense maps. */
export function detailLayerIds(): string[] {
  const layers = operationLayers();
  return [...layers.points, ...layers.clusters]
    .filter((l) => l.id.endsWith('-halo') || l.id.endsWith('-area') || l.id.endsWith('-disputed'))
    .map((l) => l.id);
}
