import { builtFile } from '../../../scripts/data-build/test-built';
import { describe, expect, it } from 'vitest';
import { type LonLat } from '../../domain/spatial';
import { inArea } from '../../domain/spatial-geometry';
import { areaFromDrawn, areaFromTyped, drawnFromArea, governorateArea, kmFromTyped } from './area-shape';

describe('areaFromDrawn', () => {
  it('turns a drawn rectangle into W,S,E,N at 4 decimals, whichever corner it started from', () => {
    const ring: LonLat[] = [
      [40.50001234, 35.18],
      [40.32, 35.18],
      [40.32, 34.99996],
      [40.50001234, 34.99996],
      [40.50001234, 35.18],
    ];
    expect(areaFromDrawn(ring, true)).toEqual({ kind: 'box', box: [40.32, 35, 40.5, 35.18] });
  });

  it('keeps a drawn polygon as a ring without its closing vertex, at most 50 vertices', () => {
    const triangle: LonLat[] = [
      [40, 35],
      [41, 35],
      [40.5, 36],
      [40, 35],
    ];
    expect(areaFromDrawn(triangle, false)).toEqual({ kind: 'polygon', ring: triangle.slice(0, 3) });
    const circle = Array.from({ length: 120 }, (_, i): LonLat => {
      const a = (i / 120) * 2 * Math.PI;
      return [40 + Math.cos(a), 35 + Math.sin(a)];
    });
    const a = areaFromDrawn(circle, false);
    expect(a?.kind).toBe('polygon');
    expect(a?.kind === 'polygon' && a.ring.length).toBeLessThanOrEqual(50);
    expect(a?.kind === 'polygon' && a.ring.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses fewer than three distinct points', () => {
    expect(
      areaFromDrawn(
        [
          [40, 35],
          [41, 35],
          [40, 35],
        ],
        false,
      ),
    ).toBeNull();
  });

  it('gives back a closed ring for editing', () => {
    expect(drawnFromArea({ kind: 'box', box: [1, 2, 3, 4] })).toEqual({
      rectangle: true,
      ring: [
        [1, 2],
        [3, 2],
        [3, 4],
        [1, 4],
        [1, 2],
      ],
    });
  });
});

describe('typed values', () => {
  it('reads corners in Western or Arabic-Indic digits (with the Arabic decimal separator)', () => {
    expect(areaFromTyped('40.3', '35', '40.5', '35.2')).toEqual({ kind: 'box', box: [40.3, 35, 40.5, 35.2] });
    expect(areaFromTyped('٤٠٫٣', '٣٥', '٤٠٫٥', '٣٥٫٢')).toEqual({ kind: 'box', box: [40.3, 35, 40.5, 35.2] });
  });

  it('refuses corners that are not numbers, out of range or the wrong way round', () => {
    expect(areaFromTyped('40.5', '35', '40.3', '35.2')).toBeNull();
    expect(areaFromTyped('40.3', '35', '40.5', '')).toBeNull();
    expect(areaFromTyped('40.3', '95', '40.5', '96')).toBeNull();
    expect(areaFromTyped('east', '35', '40.5', '35.2')).toBeNull();
  });

  it('reads a distance of 0.1 to 500 km', () => {
    expect(kmFromTyped('20')).toBe(20);
    expect(kmFromTyped('٢٫٥')).toBe(2.5);
    expect(kmFromTyped('0')).toBeNull();
    expect(kmFromTyped('501')).toBeNull();
    expect(kmFromTyped('ten')).toBeNull();
  });
});

describe('governorateArea', () => {
  const shapes = JSON.parse(builtFile('basemap/governorates.geojson'));
  it("makes a governorate's outline a polygon of at most 50 vertices that still holds its towns", () => {
    const a = governorateArea(shapes, 'SY-DY');
    expect(a?.kind).toBe('polygon');
    expect(a?.kind === 'polygon' && a.ring.length).toBeLessThanOrEqual(50);
    // Deir ez-Zor city and al-Busayrah are inside; Raqqa city and Palmyra are not.
    expect(inArea([40.14, 35.33], a!)).toBe(true);
    expect(inArea([40.42716, 35.15618], a!)).toBe(true);
    expect(inArea([39.01, 35.95], a!)).toBe(false);
    expect(inArea([38.27, 34.55], a!)).toBe(false);
  });

  it('is null for a governorate it does not have', () => {
    expect(governorateArea(shapes, 'SY-XX')).toBeNull();
  });
});
