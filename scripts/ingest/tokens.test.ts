import { describe, expect, it } from 'vitest';
import { consonantSkeleton, dropArticle, procliticVariants, tokenize } from './tokens';

describe('tokens', () => {
  it('keeps the offsets of each word in the source', () => {
    const text = 'في بلدة الشحيل بريف دير الزور الشرقي';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
    expect(tokens[2].text).toBe('الشحيل');
  });
  it('offers the word without attached و/ب/ل and with لل read as ال', () => {
    expect(procliticVariants('بالشحيل')).toEqual(['بالشحيل', 'الشحيل']);
    expect(procliticVariants('والبصيره')).toContain('البصيره');
    expect(procliticVariants('للتحالف')).toContain('التحالف');
    expect(procliticVariants('بين')).toEqual(['بين']);
  });
  it('folds diacritics, tatweel and Arabic-Indic digits in the normalised form', () => {
    const [t] = tokenize('إنزالًا');
    expect(t.norm).toBe('انزالا');
    expect(tokenize('٤')[0].norm).toBe('4');
    expect(tokenize('لـ”الإدارة').map((x) => x.norm)).toEqual(['ل', 'الاداره']);
  });
  it('drops the article only when two letters remain', () => {
    expect(dropArticle('الزر')).toBe('زر');
    expect(dropArticle('الا')).toBe('الا');
  });
  it('reduces spelling variants to one consonant skeleton', () => {
    expect(consonantSkeleton('الجريجسه')).toBe(consonantSkeleton('جرجيسه'));
    expect(consonantSkeleton('الكبر')).toBe(consonantSkeleton('كبار'));
  });
});
