/** Syrian governorate polygons (OCHA) and the point-in-polygon lookup shared by the data build and the app. */
type Ring = [number, number][];
export interface Governorate {
  iso: string;
  name_en: string;
  name_ar: string;
  label: [number, number];
  polygons: Ring[][];
}

export interface AdmFeature {
  /** OCHA layer (`iso_3166_2`, label point) or the published basemap layer (`iso`). */
  properties: {
    iso_3166_2?: string;
    iso?: string;
    name_en: string;
    name_ar: string;
    label_lon?: number;
    label_lat?: number;
  };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export function parseGovernorates(geojson: { features: AdmFeature[] }): Governorate[] {
  return geojson.features.map((f) => ({
    iso: (f.properties.iso_3166_2 ?? f.properties.iso)!,
    name_en: f.properties.name_en,
    name_ar: f.properties.name_ar,
    label: [f.properties.label_lon ?? NaN, f.properties.label_lat ?? NaN],
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));
}

function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The governorate containing [lon, lat], or null when the point lies outside Syria. */
export function governorateAt(point: [number, number], govs: Governorate[]): Governorate | null {
  for (const g of govs) {
    for (const [outer, ...holes] of g.polygons) {
      if (inRing(point, outer) && !holes.some((h) => inRing(point, h))) return g;
    }
  }
  return null;
}
