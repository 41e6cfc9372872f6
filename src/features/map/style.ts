/**
 * Builds the map style (pure): the embedded basemap from our GeoJSON, labels in the current language drawn with
 * the bundled Noto fonts through `font-faces` (no glyph server), and the operation layers on top. Online
 * basemaps are added by the controller only when chosen.
 */
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { binSourceIds, operationLayers, visibleLayerIds } from './operation-layers';
import { CHOROPLETH_AFTER } from './choropleth-layers';
import type { LayerMode, Theme } from '../../domain/view';

export type { Theme } from '../../domain/view';

/** One weight only: every extra font file costs the first render a fetch and a TinySDF pass (~100 ms each). */
export interface FontUrls {
  latin: string;
  arabic: string;
}

export interface StyleOptions {
  lang: 'ar' | 'en';
  /** The embedded basemap's palette (the operations keep their colours in both). */
  theme: Theme;
  /** Absolute URL of the data directory, ending in `/`. */
  dataUrl: string;
  fonts: FontUrls;
  mode: LayerMode;
}

const ARABIC_RANGES = ['U+0600-06FF', 'U+0750-077F', 'U+FB50-FDFF', 'U+FE70-FEFF'];
const LATIN_RANGES = ['U+0000-024F', 'U+1E00-1EFF', 'U+2000-206F', 'U+20AC', 'U+2122'];

const PALETTES = {
  light: {
    sea: '#d7e2e8',
    land: '#ecebe6',
    syria: '#f7f6f2',
    border: '#8a8f98',
    governorate: '#a69e92',
    water: '#a9c7da',
    label: '#4b5260',
    labelHalo: '#ffffff',
    waterLabel: '#4a7a99',
    governorateLabel: '#7b746a',
    countryLabel: '#80858d',
    city: '#5d6470',
    selected: '#1f2328',
  },
  dark: {
    sea: '#0f1a22',
    land: '#22262b',
    syria: '#2b3036',
    border: '#7d848e',
    governorate: '#6f685e',
    water: '#2a4a60',
    label: '#c9ced6',
    labelHalo: '#15181c',
    waterLabel: '#8fb8d4',
    governorateLabel: '#b3aa9c',
    countryLabel: '#98a0aa',
    city: '#aab2bd',
    selected: '#ffffff',
  },
};
export const COLORS = PALETTES.light;

/**
 * The paint properties that differ between the light and the dark basemap, per layer: the style is built with
 * them and the controller re-applies them when the theme changes (no style reload).
 */
export function themePaint(theme: Theme): Record<string, Record<string, unknown>> {
  const c = PALETTES[theme];
  const label = { 'text-color': c.label, 'text-halo-color': c.labelHalo };
  return {
    background: { 'background-color': c.sea },
    'countries-fill': { 'fill-color': ['case', ['==', ['get', 'iso'], 'SYR'], c.syria, c.land] },
    lakes: { 'fill-color': c.water },
    rivers: { 'line-color': c.water },
    'governorate-lines': { 'line-color': c.governorate },
    'country-lines': { 'line-color': c.border },
    'water-labels': { 'text-color': c.waterLabel, 'text-halo-color': c.labelHalo },
    'governorate-labels': { ...label, 'text-color': c.governorateLabel },
    'country-labels': { ...label, 'text-color': c.countryLabel },
    'city-dots': { 'circle-color': c.city },
    'city-labels': label,
    'ops-selected': { 'circle-stroke-color': c.selected },
  };
}

/** `name_ar` or `name_en`, falling back to the other when empty. */
export const nameField = (lang: 'ar' | 'en') =>
  ['coalesce', ['get', `name_${lang}`], ['get', lang === 'ar' ? 'name_en' : 'name_ar']] as unknown as string;

/** Symbol layers whose `text-field` follows the language; the controller relabels exactly these. */
export const LABEL_LAYER_IDS = ['country-labels', 'governorate-labels', 'water-labels', 'city-labels'];

function baseLayers(lang: 'ar' | 'en', theme: Theme): LayerSpecification[] {
  const name = nameField(lang);
  const paint = themePaint(theme);
  const labelPaint = { 'text-halo-width': 1.5 };
  const layers = [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.sea } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': ['case', ['==', ['get', 'iso'], 'SYR'], COLORS.syria, COLORS.land] },
    },
    { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': COLORS.water } },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      paint: { 'line-color': COLORS.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 10, 3] },
    },
    {
      id: 'governorate-lines',
      type: 'line',
      source: 'governorates',
      paint: { 'line-color': COLORS.governorate, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: 'country-lines',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': COLORS.border, 'line-width': ['case', ['==', ['get', 'iso'], 'SYR'], 2, 1.2] },
    },
    {
      id: 'water-labels',
      type: 'symbol',
      source: 'rivers',
      minzoom: 6,
      layout: { 'symbol-placement': 'line', 'text-field': name, 'text-font': ['Atlas Regular'], 'text-size': 11 },
      paint: { 'text-color': '#4a7a99', 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1 },
    },
    {
      id: 'governorate-labels',
      type: 'symbol',
      source: 'governorate-labels',
      minzoom: 5.5,
      layout: { 'text-field': name, 'text-font': ['Atlas Regular'], 'text-size': 12, 'text-letter-spacing': 0.05 },
      paint: { ...labelPaint, 'text-color': '#7b746a' },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'countries',
      filter: ['!=', ['get', 'iso'], 'SYR'],
      layout: { 'text-field': name, 'text-font': ['Atlas Regular'], 'text-size': 13 },
      paint: { ...labelPaint, 'text-color': '#80858d' },
    },
    {
      id: 'city-dots',
      type: 'circle',
      source: 'cities',
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6, 2, 7.5, 3]],
      paint: { 'circle-radius': ['match', ['get', 'rank'], 1, 3.5, 2, 2.5, 2], 'circle-color': '#5d6470' },
    },
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'cities',
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6, 2, 7.5, 3]],
      layout: {
        'text-field': name,
        'text-font': ['Atlas Regular'],
        'text-size': ['match', ['get', 'rank'], 1, 13, 2, 12, 11],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: labelPaint,
    },
  ] as LayerSpecification[];
  return layers.map(
    (l) => ({ ...l, paint: { ...(l as { paint?: object }).paint, ...paint[l.id] } }) as LayerSpecification,
  );
}

export function buildStyle(o: StyleOptions): StyleSpecification {
  const geo = (file: string) => ({ type: 'geojson' as const, data: `${o.dataUrl}basemap/${file}.geojson` });
  const face = (latin: string, arabic: string) => [
    { url: arabic, 'unicode-range': ARABIC_RANGES },
    { url: latin, 'unicode-range': LATIN_RANGES },
  ];
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const ops = operationLayers();
  const visible = new Set(visibleLayerIds(o.mode));
  const themed = themePaint(o.theme);
  const shown = (l: LayerSpecification) =>
    ({
      ...l,
      layout: { ...l.layout, visibility: visible.has(l.id) ? 'visible' : 'none' },
      paint: { ...(l as { paint?: object }).paint, ...themed[l.id] },
    }) as LayerSpecification;
  const opLayers = [...ops.heat, ...ops.clusters, ...ops.points, ops.selected].map(shown);
  // The choropleth lies on the land, under rivers, boundaries and labels.
  const base = baseLayers(o.lang, o.theme);
  const at = base.findIndex((l) => l.id === CHOROPLETH_AFTER) + 1;
  base.splice(at, 0, ...ops.choropleth.map(shown));
  return {
    version: 8,
    name: 'Airborne Operations Atlas',
    'font-faces': {
      'Atlas Regular': face(o.fonts.latin, o.fonts.arabic),
    },
    sources: {
      countries: geo('countries'),
      governorates: geo('governorates'),
      'governorate-labels': geo('governorate-labels'),
      rivers: geo('rivers'),
      lakes: geo('lakes'),
      cities: geo('cities'),
      ops: { type: 'geojson', data: empty, promoteId: 'id' },
      ...Object.fromEntries(binSourceIds().map((id) => [id, { type: 'geojson', data: empty, promoteId: 'id' }])),
      'ops-selected': { type: 'geojson', data: empty },
      'ops-clustered': { type: 'geojson', data: empty, cluster: true, clusterRadius: 40, clusterMaxZoom: 9 },
    },
    layers: [...base, ...opLayers],
  } as StyleSpecification;
}
