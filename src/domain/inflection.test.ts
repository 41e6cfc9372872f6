import { describe, expect, it } from 'vitest';
import { searchTokens } from './arabic';
import { arabicStem } from './inflection';

/** The stem of a written word, as search sees it (normalised, ال/و/ب stripped). */
const stem = (word: string) => arabicStem(searchTokens(word)[0]);
const oneStem = (words: string[]) => new Set(words.map(stem));

describe('Arabic light stemmer', () => {
  it('makes singular, dual and plural meet (the issue examples)', () => {
    expect(oneStem(['رهينة', 'رهينتين', 'رهينتان', 'رهائن', 'الرهائن', 'والرهينة'])).toEqual(new Set(['رهين']));
    expect(oneStem(['طائرة', 'طائرتين', 'طائرتان', 'طائرات', 'الطائرات', 'بطائرة'])).toEqual(new Set(['طاير']));
    expect(oneStem(['مروحية', 'مروحيتين', 'مروحيتان', 'مروحيات', 'بالمروحيات'])).toEqual(new Set(['مروحي']));
  });

  it('knows the domain’s broken plurals and sound masculine plurals', () => {
    expect(stem('عناصر')).toBe(stem('عنصر'));
    expect(stem('قادة')).toBe(stem('قائد'));
    expect(stem('القتلى')).toBe(stem('قتيل'));
    expect(stem('المدنيين')).toBe(stem('مدني'));
    expect(stem('مسلحون')).toBe(stem('مسلح'));
    expect(stem('عنصران')).toBe(stem('عنصر'));
    expect(stem('قوات')).toBe(stem('قوة'));
  });

  it('leaves short words and names whole (no stem under three letters, ـين/ـان/ـون only on long words)', () => {
    for (const w of ['بين', 'كان', 'سنة', 'ذات', 'عمران', 'لبنان', 'ياسين', 'حسين', 'ميدان']) {
      expect(stem(w)).toBe(searchTokens(w)[0]);
    }
  });

  it('does not make unrelated words meet', () => {
    expect(stem('عمران')).not.toBe(stem('عمر'));
    expect(stem('لبنان')).not.toBe(stem('لبن'));
    expect(stem('قوات')).not.toBe(stem('قوى'));
    expect(stem('طائرات')).not.toBe(stem('طار'));
  });

  it('passes Latin words and digits through', () => {
    expect(arabicStem('raids')).toBe('raids');
    expect(arabicStem('2020')).toBe('2020');
  });
});
