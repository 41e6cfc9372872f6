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

describe('Arabic normalisation: what a searcher would notice', () => {
  it('finds a word written with hamza on waw or ya as the same word without it (مؤتمر / موتمر, قائد / قايد)', () => {
    expect(normalizeArabic('مؤتمر')).toBe(normalizeArabic('موتمر'));
    expect(normalizeArabic('قائد رئيس')).toBe('قايد رييس');
  });
  it('reads every alef form, and every repeated one, as a bare alef (أ إ آ ٱ)', () => {
    expect(normalizeArabic('أإآٱ أإآٱ')).toBe('اااا اااا');
  });
  it('folds every alef maqsura and ta marbuta of a text, not only the first', () => {
    expect(normalizeArabic('مستشفى مصطفى قرية مدينة')).toBe('مستشفي مصطفي قريه مدينه');
  });
  it('reads all ten Arabic-Indic and all ten Persian digits as Western digits', () => {
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeArabic('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeArabic('١٧/٠٥/۲۰۲۰')).toBe('17/05/2020');
  });
  it('drops every kind of mark: tanwin and shadda, superscript alef, Quranic marks, honorific signs, tatweel', () => {
    // U+064B–U+065F, U+0670, U+06D6–U+06ED, U+0610–U+061A and tatweel U+0640, each twice.
    expect(normalizeArabic('كتابٌٌ')).toBe('كتاب');
    expect(normalizeArabic('هٰذٰا')).toBe('هذا');
    expect(normalizeArabic('قلۖۖ')).toBe('قل');
    expect(normalizeArabic('محمدؐؐ')).toBe('محمد');
    expect(normalizeArabic('دِيـــرْ')).toBe('دير');
  });
  it('reads presentation forms as the letters they show (ﻻ, ﺍ) and Latin ligatures as letters', () => {
    expect(normalizeArabic('ﻻ')).toBe('لا');
    expect(normalizeArabic('ﺍ')).toBe('ا');
    expect(normalizeArabic('ﬁeld')).toBe('field');
  });
  it('folds every accent of a Latin name and its case (Ḑumayr, DÉIR ÉZ-ZÔR)', () => {
    expect(normalizeArabic('DÉIR ÉZ-ZÔR')).toBe('deir ez-zor');
  });
});

describe('stripArabicPrefix: a place found whatever is attached to it', () => {
  const cases: [string, string][] = [
    ['وبالشحيل', 'شحيل'],
    ['والشحيل', 'شحيل'],
    ['بالشحيل', 'شحيل'],
    ['فالشحيل', 'شحيل'],
    ['كالشحيل', 'شحيل'],
    ['للشحيل', 'شحيل'],
    ['الشحيل', 'شحيل'],
    ['وشحيل', 'شحيل'],
    ['بشحيل', 'شحيل'],
    ['لشحيل', 'شحيل'],
    ['فشحيل', 'شحيل'],
  ];
  it.each(cases)('reads %s as %s', (word, stem) => expect(stripArabicPrefix(word)).toBe(stem));
  it('keeps a stem of exactly three letters, but never cuts one to two', () => {
    expect(stripArabicPrefix('الدار')).toBe('دار');
    expect(stripArabicPrefix('بيوم')).toBe('يوم');
    expect(stripArabicPrefix('الرب')).toBe('الرب');
    expect(stripArabicPrefix('ولد')).toBe('ولد');
  });
  it('leaves Latin words and digits alone', () => {
    expect(stripArabicPrefix('wall')).toBe('wall');
    expect(stripArabicPrefix('2020')).toBe('2020');
  });
  it('splits a text at punctuation and any other non-letter, keeping digits as words', () => {
    expect(searchTokens('  ،«والشحيل»—2020؛ Deir-ez-Zor!  ')).toEqual(['شحيل', '2020', 'deir', 'ez', 'zor']);
  });
});
