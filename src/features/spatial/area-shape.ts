/**
 * Areas from what a person drew, typed or picked (pure): a drawn rectangle becomes `W,S,E,N`, a drawn polygon a
 * ring of at most 50 vertices, a governorate its outline simplified to a link-sized polygon; all to 4 decimals.
 */
import {
  formatArea,
  MAX_NEAR_KM,
  MAX_POLYGON_VERTICES,
  parseArea,
  round4,
  type Area,
  type LonLat,
} from '../../domain/spatial';
import { areaRing, simplifyRing } from '../../domain/spatial-geometry';

/** A drawn outline (closed or not) as an area; null when it has fewer than 3 distinct points. */
export function areaFromDrawn(ring: readonly LonLat[], rectangle: boolean): Area | null {
  if (rectangle) {
    const xs = ring.map((p) => round4(p[0]));
    const ys = ring.map((p) => round4(p[1]));
    return parseArea([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].join(','));
  }
  const simple = simplifyRing(ring, MAX_POLYGON_VERTICES);
  return simple.length >= 3 ? parseArea(simple.map((p) => p.join(',')).join(';')) : null;
}

/** The area as terra-draw edits it: a closed ring, and whether it is a rectangle. */
export const drawnFromArea = (a: Area) => ({ ring: areaRing(a), rectangle: a.kind === 'box' });

const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toAscii = (s: string) =>
  s
    .replace(DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/[٫]/g, '.')
    .replace(/[−–]/g, '-')
    .trim();

/** Typed west, south, east, north (Arabic-Indic digits and the Arabic decimal separator accepted). */
export function areaFromTyped(w: string, s: string, e: string, n: string): Area | null {
  const parts = [w, s, e, n].map(toAscii);
  if (parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  return parseArea(parts.map((p) => String(round4(Number(p)))).join(','));
}

export interface GovernorateShapes {
  features: {
    properties: { iso?: string };
    geometry: { type: 'Polygon'; coordinates: LonLat[][] } | { type: 'MultiPolygon'; coordinates: LonLat[][][] };
  }[];
}

/** A governorate's outline (its largest part's outer ring) simplified to at most 50 vertices, or null. */
export function governorateArea(shapes: GovernorateShapes, iso: string): Area | null {
  const f = shapes.features.find((x) => x.properties.iso === iso);
  if (!f) return null;
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const extent = (r: LonLat[]) => {
    const xs = r.map((p) => p[0]);
    const ys = r.map((p) => p[1]);
    return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  };
  const outer = parts.map((p) => p[0]).sort((a, b) => extent(b) - extent(a))[0];
  return outer ? areaFromDrawn(outer, false) : null;
}

/** The same area written as the URL writes it (for comparing areas by value). */
export const areaKey = (a: Area | null | undefined) => (a ? formatArea(a) : '');

/** A typed distance in km (Arabic-Indic digits accepted), one decimal kept; null unless 0 < km ≤ 500. */
export function kmFromTyped(text: string): number | null {
  const t = toAscii(text);
  if (!/^\d{1,3}(\.\d+)?$/.test(t)) return null;
  const km = Math.round(Number(t) * 10) / 10;
  return km > 0 && km <= MAX_NEAR_KM ? km : null;
}
