import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { governorateAt, parseGovernorates } from './geo';
import { governorateContaining } from './geo-index';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const vertices = govs.flatMap((g) => g.polygons.flat(2));

describe('banded point-in-governorate', () => {
  it('agrees with governorateAt anywhere around Syria', () => {
    const point = fc.tuple(
      fc.double({ min: 35, max: 43, noNaN: true }),
      fc.double({ min: 32, max: 37.5, noNaN: true }),
    );
    fc.assert(
      fc.property(point, (p) => {
        expect(governorateContaining(p, govs)?.iso).toBe(governorateAt(p, govs)?.iso);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the hole of Rif Dimashq: points in Damascus are Damascus only', () => {
    const damascus = fc.tuple(
      fc.double({ min: 36.19, max: 36.36, noNaN: true }),
      fc.double({ min: 33.45, max: 33.58, noNaN: true }),
    );
    fc.assert(
      fc.property(damascus, (p) => {
        expect(governorateContaining(p, govs)?.iso).toBe(governorateAt(p, govs)?.iso);
      }),
    );
    expect(
      governorateContaining(
        [36.27375, 33.51552],
        govs.filter((g) => g.iso !== 'SY-DI'),
      ),
    ).toBeNull();
  });

  it('agrees with governorateAt on and right next to the polygons’ own vertices', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: vertices.length - 1 }),
        fc.constantFrom(0, 1e-9, -1e-9, 1e-5, -1e-5),
        fc.constantFrom(0, 1e-9, -1e-9, 1e-5, -1e-5),
        (i, dx, dy) => {
          const p: [number, number] = [vertices[i][0] + dx, vertices[i][1] + dy];
          expect(governorateContaining(p, govs)?.iso).toBe(governorateAt(p, govs)?.iso);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
