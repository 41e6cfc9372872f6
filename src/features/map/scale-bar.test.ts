import { describe, expect, it } from 'vitest';
import { roundDistance } from './scale-bar';

describe('scale bar', () => {
  it('rounds down to 1, 2, 3 or 5 × 10ⁿ', () => {
    expect([0.7, 1, 1.9, 2.5, 3.2, 4.9, 7, 12, 49, 99.5, 260].map(roundDistance)).toEqual([
      0.5, 1, 1, 2, 3, 3, 5, 10, 30, 50, 200,
    ]);
  });
});
