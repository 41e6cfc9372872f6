/**
 * Spatial filters (pure): an area (`area=W,S,E,N` rectangle or `area=LON,LAT;…` polygon) and a radius around a
 * gazetteer place (`near=<place id>,<km>`), as links write them, and the distance between two points. The tests
 * and outlines are in spatial-geometry.ts. Coordinates are `[lon, lat]` in degrees; distances are great-circle
 * kilometres.
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
export const EARTH_KM = 6371.0088;
export const RAD = Math.PI / 180;

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
