import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CHOROPLETH_FILL, CHOROPLETH_HOVER, choroplethFill } from './choropleth-layers';
import { interactiveLayerIds, visibleLayerIds } from './operation-layers';
import { buildStyle } from './style';

const fonts = { latin: 'http://x/l.woff2', arabic: 'http://x/a.woff2' };
const style = (mode: 'points' | 'choropleth', theme: 'light' | 'dark' = 'light') =>
  buildStyle({ lang: 'en', theme, dataUrl: 'http://127.0.0.1/data/', fonts, mode });

describe('choropleth layers', () => {
  it('pass the style-spec validator, with a fill expression per governorate', () => {
    for (const theme of ['light', 'dark'] as const) expect(validateStyleMin(style('choropleth', theme))).toEqual([]);
    const s = style('choropleth');
    const fill = s.layers.find((l) => l.id === CHOROPLETH_FILL)!;
    fill.paint = { ...fill.paint, 'fill-color': choroplethFill({ 'SY-DY': '#440154', 'SY-HM': '#fde725' }) as never };
    expect(validateStyleMin(s)).toEqual([]);
  });

  it('lie on the land, under boundaries and labels, and show only in choropleth mode', () => {
    const ids = style('choropleth').layers.map((l) => l.id);
    expect(ids.indexOf(CHOROPLETH_FILL)).toBeGreaterThan(ids.indexOf('countries-fill'));
    expect(ids.indexOf(CHOROPLETH_FILL)).toBeLessThan(ids.indexOf('governorate-lines'));
    expect(ids.indexOf(CHOROPLETH_FILL)).toBeLessThan(ids.indexOf('governorate-labels'));
    const shown = (mode: 'points' | 'choropleth') =>
      style(mode)
        .layers.filter((l) => l.id.startsWith('ops') && l.layout?.visibility !== 'none')
        .map((l) => l.id);
    expect(shown('choropleth')).toEqual([CHOROPLETH_FILL, CHOROPLETH_HOVER, 'ops-selected']);
    expect(shown('points')).not.toContain(CHOROPLETH_FILL);
    expect(visibleLayerIds('choropleth')).toContain(CHOROPLETH_FILL);
    // Governorates are picked by the choropleth helper, never as operations.
    expect(interactiveLayerIds('choropleth')).toEqual([]);
  });

  it('colours governorates by code and leaves the others unfilled', () => {
    expect(choroplethFill({ 'SY-HM': '#fde725', 'SY-DY': '#440154' })).toEqual([
      'match',
      ['get', 'iso'],
      'SY-DY',
      '#440154',
      'SY-HM',
      '#fde725',
      'rgba(0,0,0,0)',
    ]);
    expect(choroplethFill({})).toBe('rgba(0,0,0,0)');
  });
});
