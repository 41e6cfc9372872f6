/** Test helpers for the spatial index: which places it selects, and which the exact tests select. */
import { type Area, type LonLat, type Near } from './spatial';
import { inArea, inNear } from './spatial-geometry';
import { buildSpatialIndex } from './spatial-index';

/** Per place, whether the index (on a grid of about `perCell` places per cell) selects it. */
export function indexSelects(points: LonLat[], area: Area | null, near: Near | null, perCell: number): boolean[] {
  const index = buildSpatialIndex(
    Float64Array.from(points, (p) => p[0]),
    Float64Array.from(points, (p) => p[1]),
    perCell,
  );
  const bits = new Uint32Array((points.length + 31) >>> 5);
  index.select(area, near, bits);
  return points.map((_, i) => (bits[i >>> 5] & (1 << (i & 31))) !== 0);
}

/** Per place, whether the straightforward tests select it. */
export const exactSelects = (points: LonLat[], area: Area | null, near: Near | null) =>
  points.map((p) => (!area || inArea(p, area)) && (!near || inNear(p, near)));
