import { describe, expect, it } from 'vitest';
import { formatDate, formatDateSpan, formatNumber, formatRange, highlightQuotes, localizeDigits } from './format';

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
  it('keeps a month-precision span at month precision', () => {
    expect(formatDateSpan('2017-05-01', '2017-05-31', 'en', 'month')).toBe('May 2017');
  });
  it("writes the digits of own text in the UI language's one system", () => {
    expect(localizeDigits('ليلة 17–18 أيار 2020', 'ar')).toBe('ليلة ١٧–١٨ أيار ٢٠٢٠');
    expect(localizeDigits('Night of ١٧–18 May ۲۰۲۰', 'en')).toBe('Night of 17–18 May 2020');
  });
  it('formats numbers per language', () => {
    expect(formatNumber(11, 'ar')).toBe('١١');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});

describe('outcome ranges', () => {
  it('writes exact, ranged and open-ended counts', () => {
    expect(formatRange(2, 2, 'en')).toBe('2');
    expect(formatRange(3, 4, 'en')).toBe('3–4');
    expect(formatRange(8, null, 'en')).toBe('≥ 8');
    expect(formatRange(8, null, 'ar')).toBe('≥ ٨');
    expect(formatRange(null, null, 'en')).toBeNull();
  });
});

describe('quote highlighting', () => {
  it('marks each quote where it occurs and keeps every character of the text', () => {
    const text = 'قبل. نفذت قوات التحالف عملية إنزال. بعد.';
    const parts = highlightQuotes(text, ['نفذت قوات التحالف عملية إنزال']);
    expect(parts.map((p) => p.mark)).toEqual([false, true, false]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
  it('leaves the text whole when a quote is absent', () => {
    expect(highlightQuotes('abc', ['x'])).toEqual([{ text: 'abc', mark: false }]);
  });
});
