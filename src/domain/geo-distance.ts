/**
 * How far a point lies from a governorate (0 inside), and the tolerance for points on a border.
 *
 * BORDER_TOLERANCE_KM, measured against the atlas's own governorate polygons (OCHA adm1, the ones the app
 * fetches): of the 10,648 Syrian places in `data/gazetteer/gazetteer-sy.tsv`, 120 fall outside every polygon,
 * median 0.36 km, 90 % within 0.92 km, the farthest 2.0 km; none lies in another governorate than its own
 * beyond that. Of the 2,287 places of the neighbours gazetteer, 6 lie within 1 km of the polygons (border towns
 * such as Nusaybin, 0.35 km), 24 within 2 km (with Al-Qa'im in Iraq, 1.6 km, and Akçakale in Turkey, 1.4 km).
 * 1 km accepts 9 in 10 of those Syrian places and only the 6 foreign ones right on the line (twin towns such as
 * Nusaybin/Qamishli, which these polygons cannot separate), none of the towns farther across; the 10 Syrian
 * places 1–2 km outside are refused with the distance, so an analyst can check them.
 */
import type { Governorate } from './geo';
import { contains, governorateContaining } from './geo-index';

export const BORDER_TOLERANCE_KM = 1;

type Point = [number, number];

/** Distance (km) from a point to the boundary of a governorate, 0 when inside; a local flat projection. */
export function kmToGovernorate(p: Point, g: Governorate): number {
  if (contains(g, p)) return 0;
  const [x, y] = p;
  const kx = 111.32 * Math.cos((y * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const polygon of g.polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const ax = (ring[j][0] - x) * kx;
        const ay = (ring[j][1] - y) * ky;
        const dx = (ring[i][0] - ring[j][0]) * kx;
        const dy = (ring[i][1] - ring[j][1]) * ky;
        const len = dx * dx + dy * dy;
        const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

/** The governorate containing the point, else the nearest one, with the distance to it (km). */
export function nearestGovernorate(p: Point, govs: Governorate[]): { gov: Governorate; km: number } | null {
  const inside = governorateContaining(p, govs);
  if (inside) return { gov: inside, km: 0 };
  let best: { gov: Governorate; km: number } | null = null;
  for (const g of govs) {
    const km = kmToGovernorate(p, g);
    if (!best || km < best.km) best = { gov: g, km };
  }
  return best;
}
