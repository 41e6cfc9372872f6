/**
 * What the map sources receive: a slim copy of each operation with only the properties its layers, tooltip
 * and clicks read, plus `radius_m` (the location uncertainty from the taxonomy) for the halo layers.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Taxonomy } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';

export interface MapOperationProps {
  id: string;
  type: string;
  location_precision: string;
  date_disputed: boolean;
  radius_m: number;
}

export function toMapData(
  operations: OperationFeature[],
  precisions: Taxonomy['location_precisions'],
): FeatureCollection<Point, MapOperationProps> {
  return {
    type: 'FeatureCollection',
    features: operations.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: { type: 'Point', coordinates: [...f.geometry.coordinates] },
      properties: {
        id: f.id,
        type: f.properties.type,
        location_precision: f.properties.location_precision,
        date_disputed: f.properties.date_disputed,
        radius_m: precisions[f.properties.location_precision]?.radius_m ?? 0,
      },
    })),
  };
}

/** [[west, south], [east, north]] around the operations, or null when there are none. */
export function boundsOf(operations: OperationFeature[]): [[number, number], [number, number]] | null {
  if (!operations.length) return null;
  const xs = operations.map((f) => f.geometry.coordinates[0]);
  const ys = operations.map((f) => f.geometry.coordinates[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
