import { describe, expect, it } from 'vitest';
import { stepHandle } from './brush-steps';

const extent = { from: '2017-01-01', to: '2025-12-31' };

describe('brush handle steps follow the histogram bin', () => {
  it('moves a start by whole years from a year boundary, and to the boundary from inside a year', () => {
    expect(stepHandle('2017-01-01', 'from', 1, 'year', extent)).toBe('2018-01-01');
    expect(stepHandle('2020-01-01', 'from', -1, 'year', extent)).toBe('2019-01-01');
    expect(stepHandle('2020-05-17', 'from', -1, 'year', extent)).toBe('2020-01-01');
    expect(stepHandle('2020-05-17', 'from', 1, 'year', extent)).toBe('2021-01-01');
  });

  it('moves an end from year end to year end', () => {
    expect(stepHandle('2025-12-31', 'to', -1, 'year', extent)).toBe('2024-12-31');
    expect(stepHandle('2020-05-17', 'to', 1, 'year', extent)).toBe('2020-12-31');
    expect(stepHandle('2020-05-17', 'to', -1, 'year', extent)).toBe('2019-12-31');
  });

  it('moves by months and days in month and day bins, and larger steps by several bins', () => {
    expect(stepHandle('2020-01-31', 'to', 1, 'month', extent)).toBe('2020-02-29');
    expect(stepHandle('2020-03-01', 'from', -1, 'month', extent)).toBe('2020-02-01');
    expect(stepHandle('2020-03-01', 'from', 12, 'month', extent)).toBe('2021-03-01');
    expect(stepHandle('2020-03-01', 'to', 1, 'day', extent)).toBe('2020-03-02');
    expect(stepHandle('2020-01-01', 'from', 5, 'year', extent)).toBe('2025-01-01');
  });

  it('stays inside the data', () => {
    expect(stepHandle('2017-01-01', 'from', -1, 'year', extent)).toBe('2017-01-01');
    expect(stepHandle('2025-12-31', 'to', 1, 'year', extent)).toBe('2025-12-31');
  });
});
