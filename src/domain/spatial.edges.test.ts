/** Edges of the spatial filters: the limits a link may reach, and the shapes drawn for an area or a radius. */
import { describe, expect, it } from 'vitest';
import { kmBetween, parseArea, parseNear, round4, type LonLat } from './spatial';
import { areaBox, areaRing, circleRing, simplifyRing } from './spatial-geometry';

describe('limits of area= and near=', () => {
  it('accepts an area reaching the edges of the world, and refuses one a little past them', () => {
    expect(parseArea('-180,-90,180,90')).toEqual({ kind: 'box', box: [-180, -90, 180, 90] });
    expect(parseArea('-180,-90;180,-90;180,90')).not.toBeNull();
    for (const bad of [
      '-180.1,0,10,10',
      '0,-90.1,10,10',
      '0,0,180.1,10',
      '0,0,10,90.1',
      '0,95;1,0;1,1',
      '200,0;1,0;1,1',
    ])
      expect(parseArea(bad), bad).toBeNull();
  });
  it('takes a closed outline of 51 vertices as 50, and keeps a closed triangle a triangle', () => {
    const open = Array.from({ length: 50 }, (_, i) => `${i},${i % 2}`);
    const closed = parseArea([...open, open[0]].join(';'));
    expect(closed?.kind === 'polygon' && closed.ring.length).toBe(50);
    expect(parseArea('0,0;1,0;1,1;0,0')).toEqual({
      kind: 'polygon',
      ring: [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
    });
  });
  it('refuses an outline whose vertices are not pairs of numbers', () => {
    for (const bad of ['0,0;1,0;1', '0,0;1,0,2;1,1', '0,0;1,0;x1,1', '0,0;1,0;1,1a', '0,0;1,0;1,1;'])
      expect(parseArea(bad), bad).toBeNull();
  });
  it('keeps a radius of 500 km, rounds to one decimal, and refuses one that rounds to 0', () => {
    expect(parseNear('wof:1,500')).toEqual({ place: 'wof:1', km: 500 });
    expect(parseNear('wof:1,0.25')).toEqual({ place: 'wof:1', km: 0.3 });
    expect(parseNear('wof:1,0.04')).toBeNull();
    expect(parseNear('wof:1,500.1')).toBeNull();
    expect(parseNear('a,b,5')).toBeNull();
    expect(parseNear(`${'p'.repeat(80)},5`)).not.toBeNull();
    expect(parseNear(`${'p'.repeat(81)},5`)).toBeNull();
  });
});

describe('shapes drawn on the map', () => {
  it('outlines a rectangle corner by corner, closed', () => {
    expect(areaRing({ kind: 'box', box: [40, 35, 41, 36] })).toEqual([
      [40, 35],
      [41, 35],
      [41, 36],
      [40, 36],
      [40, 35],
    ]);
  });
  it('bounds a polygon by its extreme vertices', () => {
    const ring: LonLat[] = [
      [40, 35.5],
      [41, 35],
      [40.5, 36],
      [39.5, 35.2],
    ];
    expect(areaBox({ kind: 'polygon', ring })).toEqual([39.5, 35, 41, 36]);
    expect(areaBox({ kind: 'box', box: [1, 2, 3, 4] })).toEqual([1, 2, 3, 4]);
  });
  it('draws a circle with one point per step, closed, going round once', () => {
    const ring = circleRing([40, 35], 10, 8);
    expect(ring).toHaveLength(9);
    expect(ring[0]).toEqual(ring[8]);
    // North first, then clockwise: east at a quarter, south at half.
    expect(ring[0][1]).toBeGreaterThan(35);
    expect(ring[2][0]).toBeGreaterThan(40);
    expect(ring[4][1]).toBeLessThan(35);
    expect(ring[6][0]).toBeLessThan(40);
    for (const p of ring) expect(kmBetween(p, [40, 35])).toBeCloseTo(10, 1);
  });
  it('rounds degrees to 4 decimals and never writes -0', () => {
    expect(round4(40.123456)).toBe(40.1235);
    expect(Object.is(round4(-0.00001), 0)).toBe(true);
  });
  it('keeps a short outline as it is, opened, rounded, without repeated vertices', () => {
    const ring: LonLat[] = [
      [40.000011, 35],
      [41, 35],
      [41, 35],
      [41, 36],
      [40.000011, 35],
    ];
    expect(simplifyRing(ring)).toEqual([
      [40, 35],
      [41, 35],
      [41, 36],
    ]);
  });
  it('keeps the corners of a square drawn with many points on each side', () => {
    const side = (from: LonLat, to: LonLat): LonLat[] =>
      Array.from({ length: 30 }, (_, i) => [
        from[0] + ((to[0] - from[0]) * i) / 30,
        from[1] + ((to[1] - from[1]) * i) / 30,
      ]);
    const ring = [...side([0, 0], [1, 0]), ...side([1, 0], [1, 1]), ...side([1, 1], [0, 1]), ...side([0, 1], [0, 0])];
    // The outline's own first and last points stay; every other point kept is a corner.
    expect(simplifyRing(ring, 10)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0.0333],
    ]);
  });
});
