import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { taxonomy } from '../../domain/meta-schema';
import { makeOp } from '../../domain/test-ops';
import { ONLINE_BASEMAPS } from './basemaps';
import { inTime, timeState, toMapData } from './map-data';
import { interactiveLayerIds, METRES_PER_PIXEL_Z0, TIME_BINS, visibleLayerIds } from './operation-layers';
import { buildStyle, LABEL_LAYER_IDS, themePaint } from './style';

const fonts = { latin: 'http://x/l.woff2', arabic: 'http://x/a.woff2' };
const style = (over = {}) =>
  buildStyle({ lang: 'ar', theme: 'light', dataUrl: 'http://127.0.0.1/data/', fonts, mode: 'points', ...over });

describe('map style', () => {
  it('shows the page the sea of its theme behind the map until the first view is painted', () => {
    // styles.css: --map-sea in :root (light) and in the dark theme, in that order.
    const css = readFileSync('src/app/styles.css', 'utf8');
    const [light, dark] = [...css.matchAll(/--map-sea:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1].toLowerCase());
    const sea = (theme: 'light' | 'dark') =>
      style({ theme }).layers.find((l) => l.id === 'background')!.paint!['background-color' as never];
    expect([light, dark]).toEqual([sea('light'), sea('dark')]);
  });

  it('passes the style-spec validator in every mode, language and basemap', () => {
    for (const mode of ['points', 'clusters', 'heat'] as const)
      for (const lang of ['ar', 'en'] as const)
        for (const theme of ['light', 'dark'] as const)
          expect(validateStyleMin(style({ mode, lang, theme }))).toEqual([]);
  });

  it('draws a dark basemap in the dark theme, with every themed layer present', () => {
    const paint = (theme: 'light' | 'dark', id: string) =>
      style({ theme }).layers.find((l) => l.id === id)!.paint as Record<string, unknown>;
    expect(paint('dark', 'background')['background-color']).not.toBe(paint('light', 'background')['background-color']);
    expect(paint('dark', 'ops-selected')['circle-stroke-color']).toBe('#ffffff');
    for (const id of Object.keys(themePaint('dark'))) expect(style().layers.some((l) => l.id === id)).toBe(true);
  });

  it('has unique layer ids', () => {
    const ids = style().layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('needs no glyph server: no glyphs URL, fonts from font-faces', () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    expect(Object.keys(s['font-faces' as keyof typeof s] as object)).toEqual(['Atlas Regular']);
  });

  it('labels in the chosen language', () => {
    const field = (lang: 'ar' | 'en') =>
      JSON.stringify(style({ lang }).layers.find((l) => l.id === 'city-labels')!.layout!['text-field' as never]);
    expect(field('ar')).toContain('name_ar');
    expect(field('en')).toMatch(/^\["coalesce",\["get","name_en"\]/);
    for (const id of LABEL_LAYER_IDS) expect(style().layers.some((l) => l.id === id)).toBe(true);
  });

  it('requests nothing from another host: every URL is under the data or font URLs', () => {
    const urls = JSON.stringify(style()).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/^http:\/\/(127\.0\.0\.1\/data\/|x\/)/);
  });

  it('declares online basemaps as raster tile templates', () => {
    for (const b of ONLINE_BASEMAPS) {
      expect(b.tiles[0]).toMatch(/^https:\/\/.*\{z\}/);
      expect(b.label.ar).not.toBe(b.label.en);
    }
  });

  it('shows only the chosen mode’s layers, and clicks never target the uncertainty halos', () => {
    const visible = style({ mode: 'heat' }).layers.filter(
      (l) => l.id.startsWith('ops') && l.layout?.visibility !== 'none',
    );
    expect(visible.map((l) => l.id)).toEqual(['ops-heat', 'ops-selected']);
    expect(visibleLayerIds('clusters')).toContain('ops-clusters');
    // Points: the hollow and solid dots of every time slice, all hollow ones below all solid ones.
    const points = interactiveLayerIds('points');
    expect(points).toHaveLength(2 * TIME_BINS);
    expect(points.slice(0, TIME_BINS).every((id) => /^ops-t\d+-hollow$/.test(id))).toBe(true);
    expect(points.slice(TIME_BINS).every((id) => /^ops-t\d+-solid$/.test(id))).toBe(true);
    expect(interactiveLayerIds('clusters')).toEqual([
      'ops-clusters',
      'ops-cluster-count',
      'ops-unclustered-hollow',
      'ops-unclustered-solid',
    ]);
  });
});

const r = () => taxonomy.parse(parseYaml(readFileSync('data/taxonomy.yaml', 'utf8'))).location_precisions;

describe('precision → halo radius', () => {
  const p = r();
  const op = (id: string, location_precision: 'village' | 'subdistrict') => makeOp({ id, location_precision });

  it('gives each operation the radius of its precision, growing with vagueness', () => {
    expect(p.exact.radius_m).toBeLessThan(p.village.radius_m);
    expect(p.village.radius_m).toBeLessThan(p.near.radius_m);
    expect(p.near.radius_m).toBeLessThan(p.subdistrict.radius_m);
    const data = toMapData([op('a', 'village'), op('b', 'subdistrict')], p);
    expect(data.features.map((f) => f.properties.radius_m)).toEqual([p.village.radius_m, p.subdistrict.radius_m]);
  });

  it('draws 10 km as 10 km on the ground at zoom 8 near 35° N', () => {
    // at zoom 8 one pixel is 128236 / 256 ≈ 501 m, so 10 km ≈ 20 px
    expect(10_000 / (METRES_PER_PIXEL_Z0 / 2 ** 8)).toBeCloseTo(19.96, 1);
  });
});

describe('time filter state', () => {
  it('matches spans that overlap the range and years at either end', () => {
    const [f] = toMapData([makeOp({ id: 'x', date: '2020-12-31', date_end: '2021-01-01' })], r()).features;
    expect(inTime(f.properties, timeState({ from: '2021-01-01', to: null, years: [] }))).toBe(true);
    expect(inTime(f.properties, timeState({ from: '2021-01-02', to: null, years: [] }))).toBe(false);
    expect(inTime(f.properties, timeState({ from: null, to: null, years: [2021] }))).toBe(true);
    expect(inTime(f.properties, timeState({ from: null, to: null, years: [2019] }))).toBe(false);
    const [g] = toMapData([makeOp({ id: 'y', date: '2020-06-01' })], r()).features;
    expect(inTime(g.properties, timeState({ from: null, to: null, years: [2021] }))).toBe(false);
  });
});
