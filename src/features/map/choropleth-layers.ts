/**
 * The governorate choropleth's layers as typed data, over the basemap's `governorates` source (the same outlines
 * the basemap draws; property `iso` is the governorate code): a fill coloured per governorate by
 * `choroplethFill`, and an outline of the governorate under the pointer. Drawn above the land and below rivers,
 * boundaries and labels, so that place names stay readable.
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';

export const CHOROPLETH_FILL = 'ops-choropleth';
export const CHOROPLETH_HOVER = 'ops-choropleth-hover';
/** The basemap layer the choropleth is inserted after. */
export const CHOROPLETH_AFTER = 'countries-fill';

const NONE = 'rgba(0,0,0,0)';

/** `fill-color` for governorate code → colour; governorates without operations stay unfilled. */
export function choroplethFill(colors: Record<string, string>): ExpressionSpecification | string {
  const pairs = Object.entries(colors).sort(([a], [b]) => a.localeCompare(b));
  if (!pairs.length) return NONE;
  return ['match', ['get', 'iso'], ...pairs.flat(), NONE] as unknown as ExpressionSpecification;
}

/** The hover outline's filter: only the governorate `iso` (none when null). */
export const hoverFilter = (iso: string | null): ExpressionSpecification => ['==', ['get', 'iso'], iso ?? ''];

export function choroplethLayers(): (FillLayerSpecification | LineLayerSpecification)[] {
  return [
    {
      id: CHOROPLETH_FILL,
      type: 'fill',
      source: 'governorates',
      paint: { 'fill-color': NONE, 'fill-opacity': 0.78, 'fill-outline-color': NONE },
    },
    {
      id: CHOROPLETH_HOVER,
      type: 'line',
      source: 'governorates',
      filter: hoverFilter(null),
      paint: { 'line-color': '#e69f00', 'line-width': 3 },
    },
  ];
}
