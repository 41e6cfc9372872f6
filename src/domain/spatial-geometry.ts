/**
 * Spatial geometry (pure): the exact tests behind the spatial filters (spatial.ts), stated once (the reference
 * filter calls them directly, the columnar engine on the cells its grid cannot decide, spatial-index.ts), and the
 * outlines drawn for an area or a radius. Needed only once an area or a radius is used.
 */
import { EARTH_KM, kmBetween, MAX_POLYGON_VERTICES, RAD, round4, type Area, type LonLat, type Near } from './spatial';

/** Inside the rectangle, edges included. */
export function inBox([x, y]: LonLat, [w, s, e, n]: [number, number, number, number]): boolean {
  return x >= w && x <= e && y >= s && y <= n;
}

/** Even-odd ray test (the same rule as the governorate lookup in geo.ts); a self-crossing ring alternates. */
export function inRing([x, y]: LonLat, ring: readonly LonLat[]): boolean {
  return inRingXY(x, y, ring);
}

/** `inRing` with the point's coordinates apart (the engine's inner loop allocates no pair). */
export function inRingXY(x: number, y: number, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    // Indexed, not destructured: destructuring goes through the array iterator, which allocates per vertex
    // when V8 does not optimise it away (megabytes per area query at 1M operations, then a scavenge).
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inArea(p: LonLat, a: Area): boolean {
  return a.kind === 'box' ? inBox(p, a.box) : inRing(p, a.ring);
}

/** Whether a point lies within the radius; an unresolved place (no `at` yet) constrains nothing. */
export function inNear(p: LonLat, near: Near): boolean {
  return !near.at || kmBetween(p, near.at) <= near.km;
}

/** `[west, south, east, north]` around an area. */
export function areaBox(a: Area): [number, number, number, number] {
  if (a.kind === 'box') return a.box;
  const xs = a.ring.map((p) => p[0]);
  const ys = a.ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The area as a closed ring (for drawing its outline). */
export function areaRing(a: Area): LonLat[] {
  if (a.kind === 'polygon') return [...a.ring, a.ring[0]];
  const [w, s, e, n] = a.box;
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

/** A closed ring approximating the circle of `km` around `at` (for drawing), `steps` points on the sphere. */
export function circleRing([lon, lat]: LonLat, km: number, steps = 72): LonLat[] {
  const d = km / EARTH_KM;
  const phi1 = lat * RAD;
  const out: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const theta = ((i % steps) / steps) * 2 * Math.PI;
    const phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(theta));
    const lam2 = Math.atan2(
      Math.sin(theta) * Math.sin(d) * Math.cos(phi1),
      Math.cos(d) - Math.sin(phi1) * Math.sin(phi2),
    );
    out.push([round4(lon + lam2 / RAD), round4(phi2 / RAD)]);
  }
  return out;
}

/**
 * The ring simplified to at most `max` vertices (Douglas–Peucker with a growing tolerance), rounded to 4
 * decimals: a governorate outline becomes a link-sized polygon.
 */
export function simplifyRing(ring: readonly LonLat[], max = MAX_POLYGON_VERTICES): LonLat[] {
  const open = ring.length > 1 && ring[0].join() === ring.at(-1)!.join() ? ring.slice(0, -1) : [...ring];
  const dedupe = (r: LonLat[]) =>
    r.map((p) => [round4(p[0]), round4(p[1])] as LonLat).filter((p, i, a) => i === 0 || p.join() !== a[i - 1].join());
  let tolerance = 0.001;
  let out = dedupe(open);
  while (out.length > max) {
    out = dedupe(douglasPeucker(open, tolerance));
    tolerance *= 1.5;
  }
  return out;
}

function douglasPeucker(points: readonly LonLat[], tolerance: number): LonLat[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let best = -1;
    let far = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i], points[a], points[b]);
      if (d > far) [far, best] = [d, i];
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance([x, y]: LonLat, [x1, y1]: LonLat, [x2, y2]: LonLat): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len)) : 0;
  return Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
}
