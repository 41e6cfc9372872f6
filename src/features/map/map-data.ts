/**
 * What the map sources receive: a slim copy of each operation with only the properties its layers, tooltip
 * and clicks read, plus `radius_m` (the location uncertainty from the taxonomy) for the halo layers.
 */
import type { FeatureCollection, Point } from 'geojson';
import { toDay } from '../../domain/dates';
import type { Taxonomy } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';

export interface MapOperationProps {
  id: string;
  type: string;
  location_precision: string;
  date_disputed: boolean;
  radius_m: number;
  /** First and last day number (days since 1970-01-01) and year, for the time filter. */
  s: number;
  e: number;
  y0: number;
  y1: number;
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
        s: toDay(f.properties.date),
        e: toDay(f.properties.date_end ?? f.properties.date),
        y0: Number(f.properties.date.slice(0, 4)),
        y1: Number((f.properties.date_end ?? f.properties.date).slice(0, 4)),
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

export interface TimeRange {
  from: string | null;
  to: string | null;
  years: number[];
}

/** A time range as day numbers, for `inTime`. */
export function timeState(t: TimeRange) {
  return {
    fromDay: t.from ? toDay(t.from) : -1e8,
    toDay: t.to ? toDay(t.to) : 1e8,
    years: t.years,
  };
}

/** The same rule on the CPU, for the clustered source (clusters are computed from the data itself). */
export function inTime(p: MapOperationProps, st: ReturnType<typeof timeState>): boolean {
  if (p.e < st.fromDay || p.s > st.toDay) return false;
  return st.years.length === 0 || st.years.some((y) => y >= p.y0 && y <= p.y1);
}
