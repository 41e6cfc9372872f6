/**
 * What `findDates` picks out of a sentence, word by word: which words make the date, and what it says (day,
 * month, year, weekday, days or months back). The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { resolveDate } from './date-resolve';
import { findDates } from './dates';
import { realLexicons } from './test-data';
import { tokenize } from './tokens';

/**
 * The date expressions of `text`. Each call reads with its own copy of the dates lexicon, because the phrase
 * tables are cached per lexicon object and a table built once would hide changes to how it is built.
 */
function exprs(text: string) {
  const { dates, numbers } = realLexicons();
  return findDates(tokenize(text), text, structuredClone(dates), numbers);
}

/** The words of each date expression in `text`. */
const words = (text: string) => exprs(text).map((e) => e.text);

describe('a day and a month', () => {
  it('reads every day from 1 to 31 before a month name, and neither 0 nor 32', () => {
    expect(exprs('1 نيسان 1900')).toEqual([
      { from: 0, to: 3, start: 0, end: 12, text: '1 نيسان 1900', day: 1, month: 4, year: 1900 },
    ]);
    expect(exprs('31 آب 2100')[0]).toMatchObject({ day: 31, month: 8, year: 2100 });
    expect(words('في 0 نيسان')).toEqual([]);
    expect(words('في 32 نيسان')).toEqual([]);
    expect(words('في 45 نيسان')).toEqual([]);
  });
  it('reads a year only from 1900 to 2100 after the month', () => {
    expect(exprs('5 نيسان 1899')[0]).toMatchObject({ text: '5 نيسان', day: 5, month: 4 });
    expect(exprs('5 نيسان 1899')[0].year).toBeUndefined();
    expect(exprs('5 نيسان 2101')[0].year).toBeUndefined();
  });
  it('does not read numbers with extra digits as a day or a year (005 نيسان, نيسان 02019)', () => {
    expect(words('005 نيسان')).toEqual([]);
    expect(exprs('5 نيسان 02019')[0]).toMatchObject({ text: '5 نيسان' });
    expect(exprs('5 نيسان 20190')[0].year).toBeUndefined();
  });
  it('reads the year after a month written twice, "5 آب/أغسطس 2020"', () => {
    expect(exprs('5 آب/أغسطس 2020')).toEqual([
      { from: 0, to: 4, start: 0, end: 15, text: '5 آب/أغسطس 2020', day: 5, month: 8, year: 2020 },
    ]);
  });
  it('marks "الماضي" and "الحالي" after the month, which decide the year', () => {
    expect(exprs('في 19 أيلول الماضي')[0]).toMatchObject({ text: '19 أيلول الماضي', monthMod: 'past' });
    expect(exprs('في 4 نيسان الحالي')[0]).toMatchObject({ text: '4 نيسان الحالي', monthMod: 'current' });
  });
});

describe('a weekday', () => {
  it('reads "الخميس الماضي" as the Thursday before, a week back when published on a Thursday', () => {
    expect(exprs('الخميس الماضي')).toEqual([
      { from: 0, to: 2, start: 0, end: 13, text: 'الخميس الماضي', weekday: 4, weekdayPast: true },
    ]);
    const [e] = exprs('الخميس الماضي');
    // 2020-04-16 is a Thursday.
    expect(resolveDate(e, '2020-04-16').date).toBe('2020-04-09');
  });
  it('marks a weekday as past with a word the lexicon lists for weekdays only', () => {
    const { dates, numbers } = realLexicons();
    const lexicon = structuredClone(dates);
    lexicon.weekday_past.push('المنقضي');
    const text = 'الخميس المنقضي';
    expect(findDates(tokenize(text), text, lexicon, numbers)).toEqual([
      { from: 0, to: 2, start: 0, end: 14, text: 'الخميس المنقضي', weekday: 4, weekdayPast: true },
    ]);
  });
  it('keeps "يوم" with the weekday it introduces: "يوم الخميس الماضي", "فجر يوم الجمعة"', () => {
    expect(exprs('وقعت يوم الخميس الماضي')).toEqual([
      { from: 1, to: 4, start: 5, end: 22, text: 'يوم الخميس الماضي', weekday: 4, weekdayPast: true },
    ]);
    expect(words('فجر يوم الجمعة 5 نيسان')).toEqual(['فجر يوم الجمعة 5 نيسان']);
    // Only "يوم" joins a weekday, and only a weekday: "يوم" before anything else is no date of its own, "قبل يوم"
    // is still a day back.
    expect(words('قال إنه وقع الخميس')).toEqual(['الخميس']);
    expect(words('يوم 5 نيسان')).toEqual(['5 نيسان']);
    expect(words('يوم واحد')).toEqual([]);
    expect(exprs('قبل يوم')[0]).toMatchObject({ text: 'قبل يوم', offsetDays: -1 });
  });
  it('keeps a weekday alone when a month with no day follows it ("الخميس مطلع أيار" is two dates)', () => {
    expect(words('الخميس مطلع أيار')).toEqual(['الخميس', 'مطلع أيار']);
    expect(words('أمس مطلع أيار')).toEqual(['أمس', 'مطلع أيار']);
  });
});

describe('a month without a day', () => {
  it('is a date with a month part before it: "مطلع نيسان", "أواخر آب/أغسطس 2020"', () => {
    expect(exprs('مطلع نيسان')).toEqual([
      { from: 0, to: 2, start: 0, end: 10, text: 'مطلع نيسان', month: 4, monthLevel: true },
    ]);
    expect(exprs('أواخر آب/أغسطس 2020')).toEqual([
      { from: 0, to: 4, start: 0, end: 19, text: 'أواخر آب/أغسطس 2020', month: 8, year: 2020, monthLevel: true },
    ]);
  });
  it('is a date with a modifier after it: "أيار الماضي"', () => {
    expect(exprs('أيار الماضي')).toEqual([
      { from: 0, to: 2, start: 0, end: 11, text: 'أيار الماضي', month: 5, monthMod: 'past', monthLevel: true },
    ]);
  });
  it('is not a date with a month part before another word: "مطلع الأسبوع"', () => {
    expect(exprs('مطلع الأسبوع')).toEqual([]);
  });
  it('reads "الشهر الماضي" as one month back', () => {
    expect(exprs('الشهر الماضي شهد')).toEqual([
      { from: 0, to: 2, start: 0, end: 12, text: 'الشهر الماضي', offsetMonths: -1, monthLevel: true },
    ]);
  });
});

describe('days back: "قبل …"', () => {
  it('counts days and weeks: "قبل ثلاثة أيام" is 3 days back, "قبل 3 أسابيع" 21', () => {
    expect(exprs('قبل ثلاثة أيام')).toEqual([
      { from: 0, to: 3, start: 0, end: 14, text: 'قبل ثلاثة أيام', offsetDays: -3 },
    ]);
    expect(exprs('قبل 3 أسابيع')[0]).toMatchObject({ text: 'قبل 3 أسابيع', offsetDays: -21 });
  });
  it('turns hours into days, at least one: "قبل 5 ساعات" is yesterday, "قبل حوالي 50 ساعة" two days back', () => {
    expect(exprs('قبل 5 ساعات')[0]).toMatchObject({ text: 'قبل 5 ساعات', offsetDays: -1 });
    expect(exprs('قبل ساعات')[0]).toMatchObject({ text: 'قبل ساعات', offsetDays: -1 });
    expect(exprs('قبل حوالي 50 ساعة')[0]).toMatchObject({ text: 'قبل حوالي 50 ساعة', offsetDays: -2 });
  });
  it('is no date when "قبل" is followed by anything but a count of days, weeks or hours', () => {
    expect(exprs('قبل الظهر')).toEqual([]);
    expect(exprs('قبل 3 كيلومترات')).toEqual([]);
  });
  it('keeps "أمس" and a following "قبل ثلاثة أيام" apart', () => {
    expect(exprs('أمس قبل ثلاثة أيام').map((e) => [e.text, e.offsetDays])).toEqual([
      ['أمس', -1],
      ['قبل ثلاثة أيام', -3],
    ]);
  });
  it('counts from another operation only when "من عملية" follows: "قبل 5 ساعات من العملية"', () => {
    expect(exprs('قبل 5 ساعات من عملية الإنزال')[0]).toMatchObject({ text: 'قبل 5 ساعات', anchorFrom: 4 });
    expect(exprs('قبل 5 ساعات من العملية')[0]).toMatchObject({ anchorFrom: 4 });
    expect(exprs('قبل 5 ساعات من بدء الهجوم')[0].anchorFrom).toBeUndefined();
    expect(exprs('قبل 5 ساعات من')[0].anchorFrom).toBeUndefined();
    expect(exprs('قبل 5 ساعات عملية')[0].anchorFrom).toBeUndefined();
  });
});

describe('dates in digits', () => {
  it('reads year first and day first, anywhere in a sentence, with the words it covers', () => {
    expect(exprs('بتاريخ 2020/05/18 قال')).toEqual([
      { from: 1, to: 4, start: 7, end: 17, text: '2020/05/18', day: 18, month: 5, year: 2020 },
    ]);
    expect(exprs('في 18/05/2020 قال')).toEqual([
      { from: 1, to: 4, start: 3, end: 13, text: '18/05/2020', day: 18, month: 5, year: 2020 },
    ]);
    expect(exprs('في 8-5-2020')).toEqual([
      { from: 1, to: 4, start: 3, end: 11, text: '8-5-2020', day: 8, month: 5, year: 2020 },
    ]);
    const indic = 'في ١٨.٥.٢٠٢٠ قال';
    const [e] = exprs(indic);
    expect(e).toMatchObject({ from: 1, to: 4, day: 18, month: 5, year: 2020 });
    expect(indic.slice(e.start, e.end)).toBe('١٨.٥.٢٠٢٠');
  });
  it('quotes a date in Arabic-Indic or Persian digits as written: "١٢/٣/٢٠١٩" stays in its own digits', () => {
    expect(words('وقعت في ١٢/٣/٢٠١٩ ليلا')).toEqual(['١٢/٣/٢٠١٩']);
    expect(words('بتاريخ ۱۸-۵-۲۰۲۰')).toEqual(['۱۸-۵-۲۰۲۰']);
  });
  it('reads Persian digits as well: "۱۸/۵/۲۰۲۰"', () => {
    const text = 'في ۱۸/۵/۲۰۲۰';
    const [e] = exprs(text);
    expect(e).toMatchObject({ day: 18, month: 5, year: 2020 });
    expect(text.slice(e.start, e.end)).toBe('۱۸/۵/۲۰۲۰');
  });
  it('skips a month above 12 or below 1 and a day above 31 or below 1, keeping the real dates', () => {
    const text = '2020/13/01 2020/00/10 2020/12/31 2020/01/01 2020/05/00 2020/05/32 31/12/2020 32/12/2020';
    expect(words(text)).toEqual(['2020/12/31', '2020/01/01', '31/12/2020']);
  });
  it('does not read a date out of a longer run of digits', () => {
    expect(words('رقم 12020/05/18 و 18/05/20201 و 118/05/2020')).toEqual([]);
  });
  it('finds nothing in an empty sentence', () => {
    expect(exprs('')).toEqual([]);
    expect(exprs('، .')).toEqual([]);
  });
});
