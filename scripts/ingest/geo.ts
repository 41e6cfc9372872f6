/** Small spherical geometry for geocoding: distances, bearings and "is X to the east of Y" checks. */

export interface LonLat {
  lon: number;
  lat: number;
}

const R = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Initial bearing from `from` to `to` in degrees, 0 = north, clockwise. */
export function bearing(from: LonLat, to: LonLat): number {
  const y = Math.sin(rad(to.lon - from.lon)) * Math.cos(rad(to.lat));
  const x =
    Math.cos(rad(from.lat)) * Math.sin(rad(to.lat)) -
    Math.sin(rad(from.lat)) * Math.cos(rad(to.lat)) * Math.cos(rad(to.lon - from.lon));
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

/** Smallest difference between two bearings, 0–180. */
export const angleBetween = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

/**
 * Is `p` in the direction `dir` (degrees) from `ref`? A compass word covers ±67.5°, so "west" accepts
 * north-west and south-west too; points within 3 km of the reference always pass.
 */
export function inDirection(p: LonLat, ref: LonLat, dir: number): boolean {
  if (distanceKm(p, ref) < 3) return true;
  return angleBetween(bearing(ref, p), dir) <= 67.5;
}

/**
 * Is `p` in the part `dir` of an area ("شمال شرقي محافظة دير الزور")? Tested on the position inside the bounding
 * box: "east" means the eastern 60 % of the box, and so on for each component of the direction.
 */
export function inPartOf(p: LonLat, bbox: [number, number, number, number], dir: number): boolean {
  const [x0, y0, x1, y1] = bbox;
  const fx = (p.lon - x0) / (x1 - x0);
  const fy = (p.lat - y0) / (y1 - y0);
  const east = Math.sin(rad(dir));
  const north = Math.cos(rad(dir));
  const okX = Math.abs(east) < 0.3 || (east > 0 ? fx >= 0.4 : fx <= 0.6);
  const okY = Math.abs(north) < 0.3 || (north > 0 ? fy >= 0.4 : fy <= 0.6);
  return okX && okY;
}
