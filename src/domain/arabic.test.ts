import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, searchTokens, stripArabicPrefix } from './arabic';

describe('Arabic normalisation', () => {
  it('folds alef forms, ya, ta marbuta, diacritics and tatweel', () => {
    expect(normalizeArabic('إنزالٌ جوّي')).toBe('انزال جوي');
    expect(normalizeArabic('آمــنة')).toBe('امنه');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
  });
  it('turns Arabic-Indic digits into ASCII and folds Latin accents and case', () => {
    expect(normalizeArabic('٢٠٢٠')).toBe('2020');
    expect(normalizeArabic('Ḑumayr')).toBe('dumayr');
  });
  it('strips a leading ال and attached letters', () => {
    expect(searchTokens('الشحيل')).toEqual(['شحيل']);
    expect(searchTokens('والشحيل بالبصيرة')).toEqual(['شحيل', 'بصيره']);
    expect(stripArabicPrefix('بلد')).toBe('بلد');
  });
  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeArabic(normalizeArabic(s)) === normalizeArabic(s)));
  });
});
