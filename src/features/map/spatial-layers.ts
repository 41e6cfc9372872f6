/**
 * The spatial filters drawn on the map: the area's outline (`area=`) and the radius circle (`near=`), one
 * GeoJSON source under the operations. Called by the controller only (house style: one place talks to MapLibre).
 */
import type { LonLat } from '../../domain/spatial';
import type { maplibregl } from './maplibre';

export interface SpatialShapes {
  /** The area as a closed ring, or null. */
  area: LonLat[] | null;
  /** The radius as a closed ring (circleRing), or null. */
  circle: LonLat[] | null;
}

export const NO_SHAPES: SpatialShapes = { area: null, circle: null };

const SOURCE = 'spatial';
const LINE = '#6a3d9a';

function collection(s: SpatialShapes, hideArea: boolean): GeoJSON.FeatureCollection {
  const ring = (kind: string, coords: LonLat[]): GeoJSON.Feature => ({
    type: 'Feature',
    properties: { kind },
    geometry: { type: 'Polygon', coordinates: [coords] },
  });
  return {
    type: 'FeatureCollection',
    features: [...(s.area && !hideArea ? [ring('area', s.area)] : []), ...(s.circle ? [ring('circle', s.circle)] : [])],
  };
}

/** Adds the source and its layers (below the operations); `set` replaces what is drawn. */
export function addSpatialLayers(map: maplibregl.Map) {
  const before = map.getStyle().layers.find((l) => l.id.startsWith('ops'))?.id;
  map.addSource(SOURCE, { type: 'geojson', data: collection(NO_SHAPES, false) });
  map.addLayer(
    { id: 'spatial-fill', type: 'fill', source: SOURCE, paint: { 'fill-color': LINE, 'fill-opacity': 0.07 } },
    before,
  );
  map.addLayer(
    {
      id: 'spatial-casing',
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': '#ffffff', 'line-width': 4, 'line-opacity': 0.8 },
    },
    before,
  );
  for (const [id, kind, dash] of [
    ['spatial-line', 'area', [1, 0]],
    ['spatial-circle', 'circle', [3, 2]],
  ] as const)
    map.addLayer(
      {
        id,
        type: 'line',
        source: SOURCE,
        filter: ['==', ['get', 'kind'], kind],
        paint: { 'line-color': LINE, 'line-width': 2, 'line-dasharray': [...dash] },
      },
      before,
    );
  return (shapes: SpatialShapes, hideArea: boolean) =>
    (map.getSource(SOURCE) as maplibregl.GeoJSONSource).setData(collection(shapes, hideArea));
}
