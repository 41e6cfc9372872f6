/**
 * The grid prefilter at the edges of its grid: shapes that touch or reach past the outermost operations, straight
 * polygon edges across many cells, places west of Greenwich and south of the equator, and radii at high latitudes
 * and on their rim. Each answer must equal the exact test for every place.
 */
import { describe, expect, it } from 'vitest';
import { kmBetween, type Area, type LonLat, type Near } from './spatial';
import { exactSelects, indexSelects } from './spatial-index.testing';

/** Places on a lattice: `nx` × `ny` points from (`x`, `y`), `step` degrees apart. */
function lattice(x: number, y: number, nx: number, ny: number, step: number, stepY = step): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 0; i < nx; i++) for (let j = 0; j < ny; j++) out.push([x + i * step, y + j * stepY]);
  return out;
}

const selected = indexSelects;
const exact = exactSelects;

/** Compares the index with the exact test on a fine and a coarse grid; returns how many places the shape holds. */
function expectExact(points: LonLat[], area: Area | null, near: Near | null): number {
  const want = exact(points, area, near);
  for (const perCell of [0.5, 2, 8]) expect(selected(points, area, near, perCell), `${perCell}/cell`).toEqual(want);
  return want.filter(Boolean).length;
}

const box = (w: number, s: number, e: number, n: number): Area => ({ kind: 'box', box: [w, s, e, n] });
const polygon = (...ring: LonLat[]): Area => ({ kind: 'polygon', ring });
const near = (at: LonLat, km: number): Near => ({ place: 'p', km, at });

// 41 × 41 places over [38, 40] × [34, 36], 0.05° apart (Syria's east).
const syria = lattice(38, 34, 41, 41, 0.05);

describe('grid prefilter at the edges of the data', () => {
  it('counts the operations on the southern edge of a rectangle or polygon drawn along the northernmost row', () => {
    // The northernmost operations are at 36°N; the shapes start exactly there and reach north of all data.
    expect(expectExact(syria, box(38.5, 36, 39.5, 36.5), null)).toBe(21);
    expect(expectExact(syria, polygon([38.5, 36], [39.5, 36], [39, 36.5]), null)).toBe(20);
  });

  it('counts the operations on the western edge of a polygon drawn along the easternmost column', () => {
    // The easternmost operations are at 40°E; the square starts exactly there and reaches east of all data.
    expect(expectExact(syria, polygon([40, 34.5], [41, 34.5], [41, 35.5], [40, 35.5]), null)).toBe(20);
    expect(expectExact(syria, box(40, 34.5, 41, 35.5), null)).toBe(21);
  });

  it('does not pick up operations at the eastern end of the rows when a shape reaches far west of the data', () => {
    expect(expectExact(syria, box(30, 34.52, 39.01, 35.53), null)).toBeGreaterThan(300);
    expect(expectExact(syria, polygon([30, 34.52], [39.01, 34.52], [39.01, 35.53], [30, 35.53]), null)).toBeGreaterThan(
      300,
    );
    expect(expectExact(syria, polygon([25, 35], [39.2, 34.2], [39.2, 35.8]), null)).toBeGreaterThan(200);
  });

  it('leaves out the operations just beyond the straight northern and southern edges of a polygon', () => {
    // Horizontal edges across many cells, between rows of places: no vertex is near most of the cells they cross.
    const rectangle = polygon([38.12, 34.33], [39.87, 34.33], [39.87, 35.61], [38.12, 35.61]);
    expect(expectExact(syria, rectangle, null)).toBe(35 * 26);
    const ell = polygon([38.02, 34.07], [39.93, 34.07], [39.93, 34.68], [38.64, 34.68], [38.64, 35.96], [38.02, 35.96]);
    expect(expectExact(syria, ell, null)).toBeGreaterThan(400);
  });

  it('finds operations west of Greenwich and south of the equator with shapes reaching past them', () => {
    // 41 × 41 places over [-10, -8] × [-20, -18].
    const south = lattice(-10, -20, 41, 41, 0.05);
    expect(expectExact(south, box(-12, -21, -9.02, -18.97), null)).toBe(20 * 21);
    expect(expectExact(south, polygon([-12, -21], [-9.02, -21], [-9.02, -18.97], [-12, -18.97]), null)).toBe(20 * 21);
    expect(expectExact(south, null, near([-11, -19], 160))).toBeGreaterThan(100);
  });
});

describe('grid prefilter for a radius', () => {
  it('finds every place of a small circle around a point within a tenth of a degree of the pole', () => {
    // Places every degree of longitude at 89.95°N: a 1 km circle around (0, 89.95) spans many longitudes.
    const ring = Array.from({ length: 360 }, (_, i): LonLat => [i - 180, 89.95]);
    expect(expectExact(ring, null, near([0, 89.95], 1))).toBeGreaterThan(13);
  });

  it('reaches places 3° of longitude away from a point 0.3° from the pole with a 2 km radius', () => {
    // Places every 0.1° of longitude at 89.7°N, where a degree of longitude is about 600 m.
    const ring = Array.from({ length: 201 }, (_, i): LonLat => [-10 + i / 10, 89.7]);
    const n = expectExact(ring, null, near([0, 89.7], 2));
    expect(n).toBeGreaterThan(60);
    expect(n).toBeLessThan(ring.length);
  });

  it('counts a place exactly at the distance of the radius', () => {
    const rim: LonLat = [39.5, 35.25];
    const km = kmBetween(rim, [39, 35]);
    const got = selected(syria, null, near([39, 35], km), 2);
    expect(got[syria.findIndex((p) => p[0] === rim[0] && p[1] === rim[1])]).toBe(true);
    expectExact(syria, null, near([39, 35], km));
  });

  it('selects just the place itself for a radius of 0 km around each of the outermost places', () => {
    for (const at of [
      [38, 35],
      [40, 35],
      [39, 34],
      [39, 36],
    ] as LonLat[])
      expect(expectExact(syria, null, near(at, 0)), `${at}`).toBe(1);
  });

  it('reaches the places at the eastern and western rim of a 500 km radius around a place at 60°N', () => {
    // Places every 0.05° of longitude along five parallels around 60°N.
    const north = lattice(0, 58, 601, 5, 0.05, 1);
    const n = expectExact(north, null, near([15, 60], 500));
    expect(n).toBeGreaterThan(1000);
    expect(n).toBeLessThan(north.length);
  });

  it('reaches the places across the North Pole from a place near it', () => {
    // Places every 10° of longitude on circles 0.05° apart around the pole.
    const pole = lattice(-180, 89, 37, 20, 10, 0.05);
    const n = expectExact(pole, null, near([0, 89.6], 50));
    expect(n).toBeGreaterThan(37 * 5);
    expect(n).toBeLessThan(pole.length);
  });

  it('decides the cells along the rim of circles centred beside, outside and inside the data', () => {
    for (const [at, km] of [
      [[37.5, 35], 80],
      [[40.6, 35.2], 90],
      [[39, 33.4], 110],
      [[39, 36.7], 100],
      [[38.3, 34.4], 140],
      [[39.7, 35.8], 60],
      [[39, 35], 90],
      [[39, 35], 112],
    ] as [LonLat, number][])
      expectExact(syria, null, near(at, km));
  });

  it('decides the few large cells of sparse places for a large radius from every side', () => {
    // 10 × 10 places over [0, 9] × [0, 15]: a grid of a few cells, each degrees wide and tall.
    const sparse = lattice(0, 0, 10, 10, 1, 15 / 9);
    for (const [at, km] of [
      [[4.5, -2], 1670],
      [[4.5, 17], 1670],
      [[-3, 7.5], 900],
      [[12, 7.5], 900],
      [[4.5, 7.5], 600],
    ] as [LonLat, number][]) {
      const n = expectExact(sparse, null, near(at, km));
      expect(n, `${at}`).toBeGreaterThan(10);
      expect(n, `${at}`).toBeLessThan(sparse.length);
    }
  });
});
