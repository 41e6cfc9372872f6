/**
 * The propose view's small map: the embedded basemap of the atlas (buildStyle) without the operation layers, and
 * a layer of its own for draft operations: hollow numbered rings in the draft colour, never the filled type
 * colours of reviewed operations; the selected draft larger.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { buildStyle, type StyleOptions } from './style';

export const DRAFT_COLOR = '#d9480f';

export function draftStyle(o: Omit<StyleOptions, 'mode'>): StyleSpecification {
  const base = buildStyle({ ...o, mode: 'points' });
  const sources = Object.fromEntries(Object.entries(base.sources).filter(([id]) => !id.startsWith('ops')));
  const layers = base.layers.filter((l) => !('source' in l) || !String(l.source).startsWith('ops'));
  const draftLayers: LayerSpecification[] = [
    {
      id: 'draft-ring',
      type: 'circle',
      source: 'drafts',
      paint: {
        'circle-radius': ['case', ['get', 'selected'], 14, 10],
        'circle-color': 'rgba(255,255,255,0.55)',
        'circle-stroke-color': DRAFT_COLOR,
        'circle-stroke-width': ['case', ['get', 'selected'], 4, 2.5],
      },
    },
    {
      id: 'draft-label',
      type: 'symbol',
      source: 'drafts',
      layout: {
        'text-field': ['get', 'n'],
        'text-font': ['Atlas Regular'],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': DRAFT_COLOR },
    },
  ];
  return {
    ...base,
    sources: { ...sources, drafts: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [...layers, ...draftLayers],
  };
}

export interface DraftPoint {
  key: string;
  n: string;
  lon: number;
  lat: number;
  selected: boolean;
}

export function draftData(points: DraftPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map((p) => ({
      type: 'Feature' as const,
      properties: { key: p.key, n: p.n, selected: p.selected },
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
    })),
  };
}
