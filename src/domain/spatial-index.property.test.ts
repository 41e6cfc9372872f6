/**
 * The grid prefilter against the straightforward tests anywhere on the globe: places in a region of any size west
 * or east of Greenwich, north or south of the equator, often on a lattice (ties with cell borders); shapes whose
 * corners lie on places or past the data (so whole grid columns and rows are taken without a test, and shapes
 * reach beyond the grid); polygons with straight north/south edges; circles centred inside, beside or outside the
 * data whose rim runs exactly through a place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmBetween, type Area, type LonLat, type Near } from './spatial';
import { inArea, inNear } from './spatial-geometry';
import { buildSpatialIndex } from './spatial-index';
import { propertyOptions } from './test-arbitraries';

interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

const region: fc.Arbitrary<Region> = fc.record({
  x: fc.integer({ min: -180, max: 160 }),
  y: fc.integer({ min: -75, max: 70 }),
  w: fc.constantFrom(0.5, 2, 7, 15),
  h: fc.constantFrom(0.5, 2, 5),
});

/** A fraction of the region's side, often on an eighth (ties with cell borders, shape edges and vertices). */
const fraction = (lo: number, hi: number) =>
  fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }),
    fc.integer({ min: lo * 8, max: hi * 8 }).map((k) => k / 8),
  );
const clampLat = (y: number) => Math.max(-89, Math.min(89, y));
const clampLon = (x: number) => Math.max(-180, Math.min(180, x));
/** A point of the region (`lo`/`hi` = 0/1), or around it when they reach past. */
const pointIn = (r: Region, lo: number, hi: number): fc.Arbitrary<LonLat> =>
  fc.tuple(fraction(lo, hi), fraction(lo, hi)).map(([a, b]) => [clampLon(r.x + a * r.w), clampLat(r.y + b * r.h)]);

function areaFor(r: Region, pts: LonLat[]): fc.Arbitrary<Area> {
  const vertex = fc.oneof(fc.constantFrom(...pts), pointIn(r, -0.5, 1.5));
  const corners = fc.tuple(vertex, vertex).map(([a, b]) => ({
    w: Math.min(a[0], b[0]),
    s: Math.min(a[1], b[1]),
    e: Math.max(a[0], b[0]),
    n: Math.max(a[1], b[1]),
  }));
  return fc.oneof(
    corners.map(({ w, s, e, n }): Area => ({ kind: 'box', box: [w, s, e, n] })),
    // A rectangle drawn as a polygon: straight edges across whole rows and columns of cells.
    corners.map(({ w, s, e, n }): Area => ({
      kind: 'polygon',
      ring: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ],
    })),
    fc.array(vertex, { minLength: 3, maxLength: 8 }).map((ring): Area => ({ kind: 'polygon', ring })),
  );
}

function nearFor(r: Region, pts: LonLat[]): fc.Arbitrary<Near> {
  const centre = fc.oneof(fc.constantFrom(...pts), pointIn(r, -0.5, 1.5));
  return fc.oneof(
    // The rim runs exactly through a place.
    fc.tuple(centre, fc.constantFrom(...pts)).map(([at, p]) => ({ place: 'p', km: kmBetween(p, at), at })),
    // A radius about as long as the way to a point of the region.
    fc
      .tuple(centre, pointIn(r, 0, 1), fc.double({ min: 0.7, max: 1.3, noNaN: true }))
      .map(([at, p, f]) => ({ place: 'p', km: Math.min(500, kmBetween(p, at) * f), at })),
  );
}

const cases = region.chain((r) =>
  fc
    .array(pointIn(r, 0, 1), { minLength: 5, maxLength: 300 })
    .chain((pts) =>
      fc.tuple(
        fc.constant(pts),
        fc.option(areaFor(r, pts), { nil: null, freq: 4 }),
        fc.option(nearFor(r, pts), { nil: null, freq: 4 }),
        fc.constantFrom(0.5, 2, 8),
      ),
    ),
);

describe('grid prefilter anywhere on the globe', () => {
  it('selects exactly the places inside a shape that touches or reaches past the data, or on the rim of a radius', () => {
    let split = 0;
    let runs = 0;
    fc.assert(
      fc.property(cases, ([pts, area, near, perCell]) => {
        const index = buildSpatialIndex(
          Float64Array.from(pts, (p) => p[0]),
          Float64Array.from(pts, (p) => p[1]),
          perCell,
        );
        const bits = new Uint32Array((pts.length + 31) >>> 5).fill(0xffffffff);
        index.select(area, near, bits);
        const got = pts.map((_, i) => (bits[i >>> 5] & (1 << (i & 31))) !== 0);
        const want = pts.map((p) => !!(area || near) && (!area || inArea(p, area)) && (!near || inNear(p, near)));
        expect(got).toEqual(want);
        runs++;
        const n = want.filter(Boolean).length;
        if (n > 0 && n < pts.length) split++;
      }),
      propertyOptions(600),
    );
    // Most queries must split the places, or the comparison proves little.
    expect(split / runs).toBeGreaterThan(0.4);
  });
});
