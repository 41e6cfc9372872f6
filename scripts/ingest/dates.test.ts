import { describe, expect, it } from 'vitest';
import { resolveDate } from './date-resolve';
import { findDates } from './dates';
import { articleText, ARTICLES, paragraphWith, realLexicons } from './test-data';
import { tokenize } from './tokens';

/** The first date expression in `text`, resolved against `published`. */
function dateIn(text: string, published: string | null) {
  const lex = realLexicons();
  const [e] = findDates(tokenize(text), text, lex.dates, lex.numbers);
  if (!e) return null;
  return { text: e.text, ...resolveDate(e, published) };
}

describe('finding dates', () => {
  it('reads "فجر الخميس الماضي" (article 001, published 2017-08-26) as Thursday 2017-08-24', () => {
    const sentence = paragraphWith(ARTICLES.tabni, 'فجر الخميس الماضي');
    expect(dateIn(sentence, '2017-08-26')).toMatchObject({
      text: 'فجر الخميس الماضي',
      date: '2017-08-24',
      precision: 'day',
    });
  });
  it('reads "في 19 تشرين الأول الجاري" (published 2025-10-22) as 2025-10-19', () => {
    const sentence = paragraphWith(ARTICLES.kasar, '19 تشرين الأول الجاري');
    expect(dateIn(sentence, '2025-10-22')).toMatchObject({
      text: '19 تشرين الأول الجاري',
      date: '2025-10-19',
      confidence: 'high',
    });
  });
  it('reads "في 19 أيلول الماضي" as the last September before publication', () => {
    const sentence = paragraphWith(ARTICLES.kasar, '19 أيلول الماضي');
    expect(dateIn(sentence, '2025-10-22')?.date).toBe('2025-09-19');
    expect(dateIn('في 19 تشرين الثاني الماضي', '2025-10-22')?.date).toBe('2024-11-19');
  });
  it('checks "أمس، الخميس 16 من نيسان" against the weekday and the publication date', () => {
    const sentence = paragraphWith(ARTICLES.coalitionWeapons, 'الخميس 16 من نيسان');
    expect(dateIn(sentence, '2020-04-17')).toMatchObject({
      text: 'أمس، الخميس 16 من نيسان',
      date: '2020-04-16',
      confidence: 'high',
      notes: [],
    });
  });
  it('lowers the confidence when the weekday contradicts the date', () => {
    const r = dateIn('السبت 19 من تشرين الأول', '2025-10-22');
    expect(r).toMatchObject({ date: '2025-10-19', confidence: 'low' });
    expect(r?.notes.join(' ')).toMatch(/Sunday, not a Saturday/);
  });
  it('reads "عند عصر السبت" as the last Saturday on or before publication', () => {
    const sentence = paragraphWith(ARTICLES.tabni, 'عند عصر السبت');
    expect(dateIn(sentence, '2017-08-26')).toMatchObject({ text: 'عصر السبت', date: '2017-08-26' });
  });
  it('reads relative days: أمس، فجر اليوم، مساء أمس، قبل يومين، قبل نحو 24 ساعة', () => {
    expect(dateIn('وشهدت منطقة البصيرة وقرى بقربها، أمس، إنزالًا جويًا', '2020-05-18')?.date).toBe('2020-05-17');
    expect(dateIn('نفذت القوات فجر اليوم عملية إنزال', '2020-05-18')).toMatchObject({
      text: 'فجر اليوم',
      date: '2020-05-18',
    });
    expect(dateIn('مساء أمس', '2020-05-18')?.date).toBe('2020-05-17');
    expect(dateIn('قبل يومين', '2020-05-18')?.date).toBe('2020-05-16');
    expect(dateIn('قبل نحو 24 ساعة', '2020-05-18')?.date).toBe('2020-05-17');
  });
  it('reads Egyptian month names, Arabic-Indic digits and an explicit year', () => {
    expect(dateIn('يوم الثلاثاء 5 يناير 2021', null)).toMatchObject({ date: '2021-01-05', confidence: 'high' });
    expect(dateIn('وفي ٤ من نيسان الحالي', '2020-04-17')?.date).toBe('2020-04-04');
  });
  it('gives month precision for "مطلع أيار الحالي", "الشهر الماضي" and a month with a year', () => {
    const lede = paragraphWith(ARTICLES.shuhayl, 'مطلع أيار الحالي');
    expect(dateIn(lede, '2020-05-18')).toMatchObject({
      date: '2020-05-01',
      date_end: '2020-05-31',
      precision: 'month',
    });
    expect(dateIn('الشهر الماضي', '2020-05-18')).toMatchObject({ date: '2020-04-01', precision: 'month' });
    expect(dateIn('كانون الأول 2018', null)).toMatchObject({ date: '2018-12-01', precision: 'month' });
  });
  it('leaves relative and yearless dates unresolved without a publication date', () => {
    expect(dateIn('فجر الخميس الماضي', null)).toMatchObject({ date: null, precision: null, confidence: 'low' });
    expect(dateIn('في 19 أيلول الماضي', null)).toMatchObject({ date: null, confidence: 'low' });
  });
  it('does not read a month name without a day, year or modifier as a date', () => {
    expect(dateIn('مارس الضغط على التنظيم', '2020-05-18')).toBeNull();
  });
  it('reads a numeric dateline', () => {
    const text = articleText(ARTICLES.shuhayl)
      .split('\n')
      .find((l) => l.includes('2020/05/18'))!;
    expect(dateIn(text, null)).toMatchObject({ text: '2020/05/18', date: '2020-05-18' });
  });
});
