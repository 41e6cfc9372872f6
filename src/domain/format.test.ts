import { describe, expect, it } from 'vitest';
import { formatDate, formatDateSpan, formatNumber } from './format';

describe('formatting', () => {
  it('writes Arabic dates with Levantine month names and Arabic-Indic digits', () => {
    expect(formatDate('2017-01-08', 'ar')).toBe('٨ كانون الثاني ٢٠١٧');
  });
  it('writes English dates day-first', () => {
    expect(formatDate('2017-01-08', 'en')).toBe('8 January 2017');
  });
  it('compacts a two-day span', () => {
    expect(formatDateSpan('2020-05-16', '2020-05-17', 'en')).toMatch(/^16\s?–\s?17 May 2020$/);
  });
  it('formats numbers per language', () => {
    expect(formatNumber(11, 'ar')).toBe('١١');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});
