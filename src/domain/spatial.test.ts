import { describe, expect, it } from 'vitest';
import { formatArea, formatNear, kmBetween, parseArea, parseNear, type LonLat } from './spatial';
import { areaRing, circleRing, inArea, inNear, inRing, simplifyRing } from './spatial-geometry';

describe('area= from a link', () => {
  it('reads W,S,E,N as a rectangle and LON,LAT;… as a polygon, rounded to 4 decimals', () => {
    expect(parseArea('40.3,35,40.5,35.2')).toEqual({ kind: 'box', box: [40.3, 35, 40.5, 35.2] });
    expect(parseArea('40.123456,35;40.5,35;40.5,35.3')).toEqual({
      kind: 'polygon',
      ring: [
        [40.1235, 35],
        [40.5, 35],
        [40.5, 35.3],
      ],
    });
  });

  it('drops a closing vertex equal to the first and writes what it read', () => {
    const a = parseArea('40,35;41,35;41,36;40,35')!;
    expect(a.kind === 'polygon' && a.ring.length).toBe(3);
    expect(formatArea(a)).toBe('40,35;41,35;41,36');
    expect(formatArea(parseArea('-1.5,-2,3,4')!)).toBe('-1.5,-2,3,4');
  });

  it('refuses rectangles turned inside out, out-of-range degrees, too few or too many vertices, and text', () => {
    for (const bad of [
      '40.5,35,40.3,35.2',
      '40,35,40,36',
      '40,35,41',
      '181,35,182,36',
      '40,-91,41,36',
      '40,35;41,35',
      '40,35;40,35;40,35',
      'a,b,c,d',
      '40,35;41,x;41,36',
      '1e2,35,101,36',
      Array.from({ length: 51 }, (_, i) => `${i},${i % 2}`).join(';'),
    ])
      expect(parseArea(bad), bad).toBeNull();
    expect(parseArea(Array.from({ length: 50 }, (_, i) => `${i},${i % 2}`).join(';'))).not.toBeNull();
  });
});

describe('near= from a link', () => {
  it('reads a place id (colons allowed) and a radius up to 500 km, one decimal kept', () => {
    expect(parseNear('wof:1226134263,20')).toEqual({ place: 'wof:1226134263', km: 20 });
    expect(parseNear('local:al-omar-field,7.25')).toEqual({ place: 'local:al-omar-field', km: 7.3 });
    expect(formatNear({ place: 'wof:1', km: 12.5, at: [1, 2] })).toBe('wof:1,12.5');
  });

  it('refuses a missing or zero radius, one past 500 km, and odd characters', () => {
    for (const bad of ['wof:1', 'wof:1,0', 'wof:1,501', 'wof:1,-3', 'wof 1,5', ',5', 'wof:1,5km'])
      expect(parseNear(bad), bad).toBeNull();
  });
});

describe('the exact tests', () => {
  it('keeps a rectangle’s edges inside', () => {
    const a = parseArea('40,35,41,36')!;
    expect(inArea([40, 35], a)).toBe(true);
    expect(inArea([41, 36], a)).toBe(true);
    expect(inArea([41.0001, 35.5], a)).toBe(false);
  });

  it('tells inside from outside in a concave polygon', () => {
    // A "U": the notch between the arms is outside.
    const u: LonLat[] = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
    ];
    expect(inRing([0.5, 2], u)).toBe(true);
    expect(inRing([1.5, 2], u)).toBe(false);
    expect(inRing([1.5, 0.5], u)).toBe(true);
  });

  it('measures great-circle distances on a sphere of 6371 km', () => {
    expect(kmBetween([0, 0], [90, 0])).toBeCloseTo((Math.PI / 2) * 6371.0088, 6);
    expect(kmBetween([40, 35], [41, 35])).toBeCloseTo(111.195 * Math.cos((35 * Math.PI) / 180), 0);
    expect(kmBetween([40, 35], [40, 36])).toBeCloseTo(111.19, 1);
    expect(inNear([40, 35.17], { place: 'x', km: 20, at: [40, 35] })).toBe(true);
    expect(inNear([40, 35.19], { place: 'x', km: 20, at: [40, 35] })).toBe(false);
    expect(inNear([0, 0], { place: 'x', km: 1 })).toBe(true);
  });
});

describe('drawing helpers', () => {
  it('closes the outline of a rectangle and a polygon', () => {
    expect(areaRing(parseArea('40,35,41,36')!)).toHaveLength(5);
    expect(areaRing(parseArea('40,35;41,35;41,36')!)).toEqual([
      [40, 35],
      [41, 35],
      [41, 36],
      [40, 35],
    ]);
  });

  it('draws a circle whose every point is at the radius', () => {
    const ring = circleRing([40.4, 35.1], 20);
    expect(ring[0]).toEqual(ring.at(-1));
    for (const p of ring) expect(kmBetween(p, [40.4, 35.1])).toBeCloseTo(20, 1);
  });

  it('simplifies a long outline to at most 50 vertices that keep its shape', () => {
    const ring: LonLat[] = Array.from({ length: 400 }, (_, i) => {
      const a = (i / 400) * 2 * Math.PI;
      return [40 + Math.cos(a) * (1 + 0.05 * Math.sin(9 * a)), 35 + Math.sin(a)];
    });
    const out = simplifyRing(ring);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.length).toBeGreaterThan(8);
    expect(inRing([40, 35], out)).toBe(true);
    expect(inRing([41.2, 35], out)).toBe(false);
  });
});
