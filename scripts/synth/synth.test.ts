import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationCollection } from '../../src/domain/operation-schema';
import { parseGazetteer } from '../data-build/gazetteer';
import { synthesize } from './synth';

const { places } = parseGazetteer(readFileSync('data/gazetteer/gazetteer-sy.tsv', 'utf8'));
const make = (n: number, seed: number) => [...synthesize(places, { n, seed })].join('');

describe('synthetic dataset', () => {
  it('follows the published contract, sorted by date, flagged synthetic', () => {
    const json = JSON.parse(make(500, 1));
    expect(json.synthetic).toBe(true);
    const fc = operationCollection.parse(json);
    expect(fc.features).toHaveLength(500);
    const dates = fc.features.map((f) => f.properties.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0] >= '2014-01-01' && dates[499] <= '2026-12-31').toBe(true);
    expect(new Set(fc.features.map((f) => f.properties.type)).size).toBeGreaterThan(2);
    expect(fc.features.some((f) => f.properties.date_disputed)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(make(50, 7)).toBe(make(50, 7));
    expect(make(50, 7)).not.toBe(make(50, 8));
  });
});
