import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale';

describe('timeline scale', () => {
  it('puts earlier dates on the left in English and on the right in Arabic', () => {
    const ltr = timeScale('2017-01-01', '2025-12-31', 1000, false);
    const rtl = timeScale('2017-01-01', '2025-12-31', 1000, true);
    expect(ltr.x('2017-01-01')).toBeLessThan(ltr.x('2025-01-01'));
    expect(rtl.x('2017-01-01')).toBeGreaterThan(rtl.x('2025-01-01'));
    expect(rtl.x('2020-06-01')).toBeCloseTo(1000 - ltr.x('2020-06-01'));
  });
  it('inverts pixels back to the same date, clamped to the range', () => {
    for (const rtl of [false, true]) {
      const s = timeScale('2020-01-01', '2020-12-31', 700, rtl);
      expect(s.date(s.x('2020-05-17'))).toBe('2020-05-17');
      expect(s.date(-50)).toBe(rtl ? '2020-12-31' : '2020-01-01');
    }
  });
});
