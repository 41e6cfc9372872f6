/**
 * The embedded basemap: the curated layers of data/basemap/ reduced to the properties the map style uses,
 * coordinates rounded to 5 decimals (≈ 1 m). Plain GeoJSON: ~200 KB in all, far below the size where
 * PMTiles pays off (tech-notes: tens of MB).
 */
import type { Label } from '../../src/domain/meta-schema';
import type { TextFile } from './types';

type Json = Record<string, unknown>;
interface Feature {
  type: 'Feature';
  properties: Json;
  geometry: { type: string; coordinates: unknown };
}

const round = (c: unknown): unknown =>
  typeof c === 'number' ? Math.round(c * 1e5) / 1e5 : (c as unknown[]).map(round);

function reduce(text: string, keep: (p: Json) => Json): string {
  const fc = JSON.parse(text) as { features: Feature[] };
  const features = fc.features.map((f) => ({
    type: 'Feature',
    properties: keep(f.properties),
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const names = (p: Json) => ({ name_en: p.name_en, name_ar: p.name_ar });

export interface BasemapInputs {
  countries: TextFile;
  governorates: TextFile;
  rivers: TextFile;
  lakes: TextFile;
  cities: TextFile;
}

/** Published basemap files, keyed by their path under the output directory. */
export function buildBasemap(b: BasemapInputs, govNames: Record<string, Label>): Record<string, string> {
  const govs = JSON.parse(b.governorates.text) as { features: Feature[] };
  // Governorates are named as the taxonomy spells them (the polygons' own names differ: "Deir-ez-Zor").
  const govName = (p: Json) => {
    const n = govNames[p.iso_3166_2 as string];
    return n ? { name_en: n.en, name_ar: n.ar } : names(p);
  };
  const labels = {
    type: 'FeatureCollection',
    features: govs.features.map((f) => ({
      type: 'Feature',
      properties: { iso: f.properties.iso_3166_2, ...govName(f.properties) },
      geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
    })),
  };
  return {
    'basemap/countries.geojson': reduce(b.countries.text, (p) => ({ ...names(p), focus: p.focus, iso: p.iso_a3 })),
    'basemap/governorates.geojson': reduce(b.governorates.text, (p) => ({ iso: p.iso_3166_2, ...govName(p) })),
    'basemap/governorate-labels.geojson': JSON.stringify(labels),
    'basemap/rivers.geojson': reduce(b.rivers.text, names),
    'basemap/lakes.geojson': reduce(b.lakes.text, names),
    'basemap/cities.geojson': reduce(b.cities.text, (p) => ({ ...names(p), rank: p.rank, country: p.country })),
  };
}
