import { describe, expect, it } from 'vitest';
import { flowItems, wrapText } from './png-layout';

const measure = (s: string) => s.length * 10;

describe('PNG layout', () => {
  it('wraps long credits over lines no wider than the image', () => {
    const lines = wrapText('Places: GeoNames · Boundaries: OCHA COD-AB · Rivers: GSHHG', 200, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => measure(l) <= 200)).toBe(true);
    expect(lines.join(' ')).toBe('Places: GeoNames · Boundaries: OCHA COD-AB · Rivers: GSHHG');
  });

  it('keeps a word longer than a line on a line of its own', () => {
    expect(wrapText('a https://example.org/a/very/long/path b', 100, measure)).toEqual([
      'a',
      'https://example.org/a/very/long/path',
      'b',
    ]);
  });

  it('flows legend items onto a new line when the next does not fit', () => {
    expect(flowItems([80, 80, 80], 200, 10)).toEqual([
      { line: 0, x: 0 },
      { line: 0, x: 90 },
      { line: 1, x: 0 },
    ]);
  });
});
