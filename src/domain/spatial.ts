/**
 * Spatial filters (pure): an area (`area=W,S,E,N` rectangle or `area=LON,LAT;…` polygon) and a radius around a
 * gazetteer place (`near=<place id>,<km>`). These are the exact tests, stated once: the reference filter
 * (`matches`) calls them directly, the columnar engine calls them on the cells its grid cannot decide
 * (spatial-index.ts). Coordinates are `[lon, lat]` in degrees; distances are great-circle kilometres.
 */
export type LonLat = [number, number];

/** A rectangle `[west, south, east, north]` (edges included) or a polygon ring (3–50 vertices, not closed). */
export type Area = { kind: 'box'; box: [number, number, number, number] } | { kind: 'polygon'; ring: LonLat[] };

/** Within `km` of a gazetteer place; `at` is the place's position once the gazetteer has resolved it. */
export interface Near {
  place: string;
  km: number;
  at?: LonLat;
}

export const MAX_POLYGON_VERTICES = 50;
export const MAX_NEAR_KM = 500;
/** Mean Earth radius (IUGG), km. */
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

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

/** Great-circle distance in km (haversine). */
export function kmBetween([x1, y1]: LonLat, [x2, y2]: LonLat): number {
  return kmBetweenXY(x1, y1, x2, y2);
}

/** `kmBetween` with the coordinates apart (no pair allocated in the engine's inner loop). */
export function kmBetweenXY(x1: number, y1: number, x2: number, y2: number): number {
  const dy = (y2 - y1) * RAD;
  const dx = (x2 - x1) * RAD;
  const h = Math.sin(dy / 2) ** 2 + Math.cos(y1 * RAD) * Math.cos(y2 * RAD) * Math.sin(dx / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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

/** Degrees rounded to 4 decimals (≈ 11 m), as links keep them. */
export const round4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;

const NUMBER = /^-?\d{1,3}(\.\d+)?$/;
const okLon = (x: number) => x >= -180 && x <= 180;
const okLat = (y: number) => y >= -90 && y <= 90;

/**
 * `W,S,E,N` (west < east, south < north) or `LON,LAT;LON,LAT;…` (3–50 distinct vertices; a closing vertex
 * equal to the first is dropped), rounded to 4 decimals; null when not valid.
 */
export function parseArea(raw: string): Area | null {
  if (raw.includes(';')) {
    const ring: LonLat[] = [];
    for (const pair of raw.split(';')) {
      const parts = pair.split(',');
      if (parts.length !== 2 || parts.some((p) => !NUMBER.test(p))) return null;
      const [x, y] = parts.map((p) => round4(Number(p)));
      if (!okLon(x) || !okLat(y)) return null;
      ring.push([x, y]);
    }
    if (ring.length > 3 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1]) ring.pop();
    const distinct = new Set(ring.map((p) => p.join())).size;
    if (ring.length < 3 || ring.length > MAX_POLYGON_VERTICES || distinct < 3) return null;
    return { kind: 'polygon', ring };
  }
  const parts = raw.split(',');
  if (parts.length !== 4 || parts.some((p) => !NUMBER.test(p))) return null;
  const [w, s, e, n] = parts.map((p) => round4(Number(p)));
  if (!okLon(w) || !okLon(e) || !okLat(s) || !okLat(n) || w >= e || s >= n) return null;
  return { kind: 'box', box: [w, s, e, n] };
}

export function formatArea(a: Area): string {
  return a.kind === 'box' ? a.box.join(',') : a.ring.map((p) => p.join(',')).join(';');
}

const PLACE_ID = /^[\p{L}\p{N}_.:-]{1,80}$/u;

/** `<place id>,<km>` with 0 < km ≤ 500 (one decimal kept); null when not valid. */
export function parseNear(raw: string): Near | null {
  const cut = raw.lastIndexOf(',');
  if (cut < 0) return null;
  const place = raw.slice(0, cut);
  const kmText = raw.slice(cut + 1);
  if (!PLACE_ID.test(place) || !/^\d{1,3}(\.\d+)?$/.test(kmText)) return null;
  const km = Math.round(Number(kmText) * 10) / 10;
  return km > 0 && km <= MAX_NEAR_KM ? { place, km } : null;
}

export const formatNear = (n: Near) => `${n.place},${n.km}`;

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
