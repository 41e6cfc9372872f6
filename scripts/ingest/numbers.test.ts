import { describe, expect, it } from 'vitest';
import { formatCount, parseCountAt } from './numbers';
import { realLexicons } from './test-data';
import { tokenize } from './tokens';

const count = (text: string) => {
  const c = parseCountAt(tokenize(text), 0, realLexicons().numbers);
  return c && { min: c.min, max: c.max };
};

describe('counts', () => {
  it('reads a dual noun as two: رهينتين', () => {
    expect(count('رهينتين')).toEqual({ min: 2, max: 2 });
  });
  it('reads "ثلاثة أو ربعة قادة" (with the article\'s typo) as a range', () => {
    expect(count('ثلاثة أو ربعة قادة')).toEqual({ min: 3, max: 4 });
    expect(count('ثلاثة أو أربعة')).toEqual({ min: 3, max: 4 });
  });
  it('reads "خمسة على الأقل" as open-ended', () => {
    expect(count('خمسة على الأقل من حراس السجن')).toEqual({ min: 5, max: null });
  });
  it('reads "أكثر من" as more than', () => {
    expect(count('أكثر من 5 عناصر')).toEqual({ min: 6, max: null });
  });
  it('reads compound numbers, teens, digits and Arabic-Indic digits', () => {
    expect(count('خمسة وعشرون')).toEqual({ min: 25, max: 25 });
    expect(count('ثلاثة عشر')).toEqual({ min: 13, max: 13 });
    expect(count('٢٠ عنصراً')).toEqual({ min: 20, max: 20 });
  });
  it('counts one for a singular person noun, and unknown for "عدد من" or a bare plural', () => {
    expect(count('شخص عراقي')).toEqual({ min: 1, max: 1 });
    expect(count('قيادياً في التنظيم')).toEqual({ min: 1, max: 1 });
    expect(count('عدد من خلايا التنظيم')).toEqual({ min: null, max: null });
    expect(count('عناصر من داعش')).toEqual({ min: null, max: null });
  });
  it('does not read a sound plural as a dual', () => {
    expect(count('محتجزين أجانب')).toEqual({ min: null, max: null });
  });
  it('formats counts for reports', () => {
    expect(formatCount({ min: 3, max: 4 })).toBe('3–4');
    expect(formatCount({ min: 5, max: null })).toBe('≥ 5');
    expect(formatCount({ min: null, max: null })).toBe('unknown');
  });
});
