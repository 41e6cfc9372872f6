/**
 * Layers and filters of a tiled dataset's operations (a vector source over its PMTiles archive; properties as
 * scripts/tiles/vector-tiles.ts writes them). The markers are the points mode's own layers (operation-layers.ts)
 * on the vector source, with the uncertainty radius read from the taxonomy by precision (tiles carry no
 * `radius_m`); heat mode weighs each feature by how many operations it stands for (`n`, thinned zooms).
 * `tiledFilter` turns the view's filters into one MapLibre expression with the same meaning as the engine's.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Filters } from '../../domain/filter-state';
import type { Taxonomy } from '../../domain/meta-schema';
import { type LonLat } from '../../domain/spatial';
import { areaRing, circleRing } from '../../domain/spatial-geometry';
import { toDay } from '../../domain/dates';
import { DENSE_MIN_ZOOM, operationLayers } from './operation-layers';

export const TILED_SOURCE = 'tiled-ops';
export const TILED_PREFIX = 'tiled-';

/** Replaces `['get', 'radius_m']` everywhere in a layer with the radius of the feature's precision. */
function withRadius(value: unknown, radius: ExpressionSpecification): unknown {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && value[1] === 'radius_m' && value.length === 2) return radius;
    return value.map((v) => withRadius(v, radius));
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withRadius(v, radius)]));
  return value;
}

export interface TiledLayer {
  spec: LayerSpecification;
  /** The layer's own filter (precision kind), ANDed with the view's. */
  base: FilterSpecification | null;
  /** Shown in these modes. */
  heat: boolean;
}

/** The layers over the vector source `layer` of the archive; detail layers start at DENSE_MIN_ZOOM when `dense`. */
export function tiledLayers(layer: string, precisions: Taxonomy['location_precisions'], dense: boolean): TiledLayer[] {
  const radius = [
    'match',
    ['get', 'location_precision'],
    ...Object.entries(precisions).flatMap(([p, e]) => [p, e.radius_m]),
    0,
  ] as unknown as ExpressionSpecification;
  const layers = operationLayers();
  // One time-bin source's markers are the template: every kind once, in drawing order.
  const markers = layers.points.filter((l) => 'source' in l && l.source === 'ops-t0');
  const out: TiledLayer[] = markers.map((l) => {
    const kind = l.id.slice('ops-t0-'.length);
    const detail = ['halo', 'area', 'disputed'].includes(kind);
    const spec = withRadius({ ...l, id: `${TILED_PREFIX}${kind}`, source: TILED_SOURCE }, radius) as LayerSpecification;
    return {
      spec: {
        ...spec,
        'source-layer': layer,
        ...(dense && detail ? { minzoom: DENSE_MIN_ZOOM } : {}),
      } as LayerSpecification,
      base: ('filter' in l ? l.filter : null) ?? null,
      heat: false,
    };
  });
  const heat = layers.heat[0];
  out.unshift({
    spec: {
      ...heat,
      id: `${TILED_PREFIX}heat`,
      source: TILED_SOURCE,
      'source-layer': layer,
      paint: { ...heat.paint, 'heatmap-weight': ['coalesce', ['get', 'n'], 1] },
    } as LayerSpecification,
    base: null,
    heat: true,
  });
  return out;
}

/** Layers a pointer can pick (dots, not halos or badges). */
export const tiledPickable = (layers: TiledLayer[]) =>
  layers.filter((l) => /-(solid|hollow)$/.test(l.spec.id)).map((l) => l.spec.id);

const get = (p: string) => ['get', p] as unknown as ExpressionSpecification;
const closed = (ring: LonLat[]) => [...ring, ring[0]];

/** Whether a `+`-joined set property holds one of `values`. */
const setHas = (prop: string, values: readonly string[]): FilterSpecification =>
  [
    'any',
    ...values.map((v) => ['in', `+${v}+`, ['concat', '+', ['coalesce', get(prop), ''], '+']]),
  ] as FilterSpecification;

const oneOf = (prop: string, values: readonly string[]): FilterSpecification =>
  ['in', ['coalesce', get(prop), ''], ['literal', values]] as FilterSpecification;

/**
 * The view's filters as one layer filter. `rows`: the rows the free text matches (feature ids), or null when
 * there is no text (or too many rows to list: the map then does not narrow by text, and the view says so).
 */
export function tiledFilter(f: Filters, rows: readonly number[] | null): FilterSpecification {
  const parts: unknown[] = [];
  if (f.from) parts.push(['>=', get('e'), toDay(f.from)]);
  if (f.to) parts.push(['<=', get('s'), toDay(f.to)]);
  if (f.years.length) parts.push(['any', ...f.years.map((y) => ['all', ['<=', get('y0'), y], ['>=', get('y1'), y]])]);
  if (f.actors.length) parts.push(setHas('actors', f.actors));
  if (f.types.length) parts.push(setHas('types', f.types));
  if (f.targets.length) parts.push(oneOf('target', f.targets));
  if (f.gov.length) parts.push(oneOf('governorate', f.gov));
  if (f.prec.length) parts.push(oneOf('location_precision', f.prec));
  if (f.conf.length) parts.push(oneOf('confidence', f.conf));
  if (f.airborne) parts.push(['==', get('airborne_explicit'), true]);
  if (f.corr) parts.push(['==', get('corroborated'), true]);
  if (f.area) parts.push(['within', { type: 'Polygon', coordinates: [closed(areaRing(f.area))] }]);
  if (f.near?.at) parts.push(['within', { type: 'Polygon', coordinates: [closed(circleRing(f.near.at, f.near.km))] }]);
  if (rows) parts.push(rows.length ? ['match', ['id'], [...rows], true, false] : false);
  return ['all', ...parts] as FilterSpecification;
}
