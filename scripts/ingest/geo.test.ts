import { describe, expect, it } from 'vitest';
import { bearing, distanceKm, inDirection, inPartOf } from './geo';

const DEIR_EZ_ZOR = { lon: 40.14084, lat: 35.33588 };
const KUBAR = { lon: 39.85384, lat: 35.61912 };
const SHUHAYL = { lon: 40.45232, lat: 35.0865 };

describe('geo', () => {
  it('measures distances and bearings', () => {
    expect(distanceKm(DEIR_EZ_ZOR, SHUHAYL)).toBeCloseTo(40, -1);
    expect(bearing(DEIR_EZ_ZOR, SHUHAYL)).toBeGreaterThan(90);
    expect(bearing(DEIR_EZ_ZOR, SHUHAYL)).toBeLessThan(180);
  });
  it('accepts "west of" for a place to the north-west, and rejects "east of"', () => {
    expect(inDirection(KUBAR, DEIR_EZ_ZOR, 270)).toBe(true);
    expect(inDirection(KUBAR, DEIR_EZ_ZOR, 90)).toBe(false);
  });
  it('tests "north-east of a governorate" on the position inside its bounding box', () => {
    const dy: [number, number, number, number] = [39.24, 34.07, 41.29, 36.34];
    expect(inPartOf({ lon: 39.80228, lat: 36.06294 }, dy, 45)).toBe(false);
    expect(inPartOf({ lon: 40.9, lat: 35.9 }, dy, 45)).toBe(true);
  });
});
