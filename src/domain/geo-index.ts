/**
 * Point-in-governorate for many points: the same even-odd ray test as `governorateAt` (geo.ts), but each ring's
 * edges are sorted into horizontal bands once, so a point only meets the edges at its latitude. Checking 100,000
 * imported features against Deir ez-Zor's ~2,000 edges otherwise takes seconds.
 */
import type { Governorate } from './geo';

type Point = [number, number];

interface BandedRing {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  height: number;
  /** Per band, the edges crossing it as x1, y1, x2, y2 runs. */
  bands: Float64Array[];
}

function band(ring: [number, number][]): BandedRing {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring)
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  const count = Math.max(1, Math.min(256, Math.ceil(ring.length / 8)));
  const height = (maxY - minY) / count || 1;
  const lists: number[][] = Array.from({ length: count }, () => []);
  const at = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - minY) / height)));
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    for (let b = at(Math.min(yi, yj)); b <= at(Math.max(yi, yj)); b++) lists[b].push(xi, yi, xj, yj);
  }
  return { minX, minY, maxX, maxY, height, bands: lists.map((l) => Float64Array.from(l)) };
}

function inBandedRing([x, y]: Point, r: BandedRing): boolean {
  if (y < r.minY || y > r.maxY || x > r.maxX) return false;
  const edges = r.bands[Math.min(r.bands.length - 1, Math.floor((y - r.minY) / r.height))];
  let inside = false;
  for (let k = 0; k < edges.length; k += 4) {
    const [xi, yi, xj, yj] = [edges[k], edges[k + 1], edges[k + 2], edges[k + 3]];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const cache = new WeakMap<Governorate, BandedRing[][]>();

function indexOf(g: Governorate): BandedRing[][] {
  let rings = cache.get(g);
  if (!rings) cache.set(g, (rings = g.polygons.map((polygon) => polygon.map(band))));
  return rings;
}

/** Whether the governorate contains the point (outer ring in, no hole in): `governorateAt(p, [g]) !== null`. */
export function contains(g: Governorate, p: Point): boolean {
  return indexOf(g).some(([outer, ...holes]) => inBandedRing(p, outer) && !holes.some((h) => inBandedRing(p, h)));
}

/** The governorate containing the point, or null outside Syria: `governorateAt`, faster. */
export function governorateContaining(p: Point, govs: Governorate[]): Governorate | null {
  return govs.find((g) => contains(g, p)) ?? null;
}
