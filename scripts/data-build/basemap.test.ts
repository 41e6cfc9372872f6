/** The embedded basemap as published: only the properties the map style reads, coordinates to about a metre. */
import { describe, expect, it } from 'vitest';
import { buildBasemap, type BasemapInputs } from './basemap';

const fc = (features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...f })) });
const file = (path: string, text: string) => ({ path, text });

const inputs: BasemapInputs = {
  countries: file(
    'countries.geojson',
    fc([
      {
        properties: { name_en: 'Syria', name_ar: 'سوريا', focus: true, iso_a3: 'SYR', population: 1 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [35.123456789, 32.987654321],
              [42.1, 37.2],
              [35.1, 32.9],
            ],
          ],
        },
      },
    ]),
  ),
  governorates: file(
    'syria-adm1.geojson',
    fc([
      {
        properties: {
          iso_3166_2: 'SY-DY',
          name_en: 'Deir-ez-Zor',
          name_ar: 'دير الزور',
          label_lon: 40.1,
          label_lat: 35.3,
        },
        geometry: { type: 'Point', coordinates: [40.000004, 35.000006] },
      },
      {
        properties: { iso_3166_2: 'SY-XX', name_en: 'Polygon name', name_ar: 'اسم', label_lon: 37, label_lat: 34 },
        geometry: { type: 'Point', coordinates: [37, 34] },
      },
    ]),
  ),
  rivers: file(
    'rivers.geojson',
    fc([
      {
        properties: { name_en: 'Euphrates', name_ar: 'الفرات', scalerank: 2 },
        geometry: { type: 'LineString', coordinates: [[38.1, 35.9]] },
      },
    ]),
  ),
  lakes: file('lakes.geojson', fc([])),
  cities: file(
    'cities.geojson',
    fc([
      {
        properties: { name_en: 'Raqqa', name_ar: 'الرقة', rank: 2, country: 'SY', pop: 5 },
        geometry: { type: 'Point', coordinates: [39.01, 35.95] },
      },
    ]),
  ),
};
const names = { 'SY-DY': { en: 'Deir ez-Zor', ar: 'دير الزور' } };
const out = () => buildBasemap(inputs, names);
const parse = (text: string) =>
  JSON.parse(text) as {
    type: string;
    features: { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
  };

describe('buildBasemap', () => {
  it('writes the six layers the map loads', () => {
    expect(Object.keys(out()).sort()).toEqual([
      'basemap/cities.geojson',
      'basemap/countries.geojson',
      'basemap/governorate-labels.geojson',
      'basemap/governorates.geojson',
      'basemap/lakes.geojson',
      'basemap/rivers.geojson',
    ]);
  });

  it('rounds every coordinate, however deeply nested, to 5 decimals', () => {
    const [country] = parse(out()['basemap/countries.geojson']).features;
    expect(country.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [35.12346, 32.98765],
          [42.1, 37.2],
          [35.1, 32.9],
        ],
      ],
    });
    expect(parse(out()['basemap/governorates.geojson']).features[0].geometry.coordinates).toEqual([40, 35.00001]);
  });

  it('keeps only the properties the style reads, per layer', () => {
    const o = out();
    expect(parse(o['basemap/countries.geojson']).features[0].properties).toEqual({
      name_en: 'Syria',
      name_ar: 'سوريا',
      focus: true,
      iso: 'SYR',
    });
    expect(parse(o['basemap/rivers.geojson']).features[0].properties).toEqual({
      name_en: 'Euphrates',
      name_ar: 'الفرات',
    });
    expect(parse(o['basemap/cities.geojson']).features[0].properties).toEqual({
      name_en: 'Raqqa',
      name_ar: 'الرقة',
      rank: 2,
      country: 'SY',
    });
    expect(parse(o['basemap/lakes.geojson'])).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('names governorates as the taxonomy spells them, falling back to the polygon’s names', () => {
    const govs = parse(out()['basemap/governorates.geojson']).features.map((f) => f.properties);
    expect(govs).toEqual([
      { iso: 'SY-DY', name_en: 'Deir ez-Zor', name_ar: 'دير الزور' },
      { iso: 'SY-XX', name_en: 'Polygon name', name_ar: 'اسم' },
    ]);
  });

  it('puts each governorate label at the polygon’s label point', () => {
    const labels = parse(out()['basemap/governorate-labels.geojson']);
    expect(labels.type).toBe('FeatureCollection');
    expect(labels.features[0]).toEqual({
      type: 'Feature',
      properties: { iso: 'SY-DY', name_en: 'Deir ez-Zor', name_ar: 'دير الزور' },
      geometry: { type: 'Point', coordinates: [40.1, 35.3] },
    });
  });
});
