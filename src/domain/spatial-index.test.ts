/**
 * The grid prefilter on a dense lattice of places with large shapes: many cells lie wholly inside (taken without a
 * test) and many on the border (tested one by one). The answer must equal the exact test for every place.
 */
import { describe, expect, it } from 'vitest';
import type { Area, LonLat, Near } from './spatial';
import { exactSelects, indexSelects } from './spatial-index.testing';

// A 41 × 41 lattice, 0.05° apart, over [38, 40] × [34, 36]; every place holds two operations.
const lattice: LonLat[] = [];
for (let i = 0; i <= 40; i++) for (let j = 0; j <= 40; j++) lattice.push([38 + i * 0.05, 34 + j * 0.05]);
const points = [...lattice, ...lattice];

const selected = (area: Area | null, near: Near | null, perCell: number) => indexSelects(points, area, near, perCell);
const exact = (area: Area | null, near: Near | null) => exactSelects(points, area, near);

describe('grid prefilter on large shapes', () => {
  const diamond: Area = {
    kind: 'polygon',
    ring: [
      [39, 34.1],
      [39.9, 35],
      [39, 35.9],
      [38.1, 35],
    ],
  };
  const box: Area = { kind: 'box', box: [38.2, 34.3, 39.75, 35.85] };
  const circle: Near = { place: 'p', km: 70, at: [39, 35] };

  for (const perCell of [0.5, 2, 8]) {
    it(`selects exactly the places inside a large polygon, rectangle and circle (${perCell} places per cell)`, () => {
      for (const [area, near] of [
        [diamond, null],
        [box, null],
        [null, circle],
        [diamond, circle],
      ] as const) {
        const got = selected(area, near, perCell);
        expect(got).toEqual(exact(area, near));
        // Large shapes: a good share inside, a good share outside.
        const inside = got.filter(Boolean).length;
        expect(inside).toBeGreaterThan(points.length / 5);
        expect(inside).toBeLessThan(points.length);
      }
    });
  }

  it('selects nothing for a shape away from every place, and everything for one around them all', () => {
    expect(selected({ kind: 'box', box: [10, 10, 11, 11] }, null, 2).some(Boolean)).toBe(false);
    expect(selected(null, { place: 'p', km: 20, at: [10, 10] }, 2).some(Boolean)).toBe(false);
    expect(selected({ kind: 'box', box: [37, 33, 41, 37] }, null, 2).every(Boolean)).toBe(true);
  });
});
