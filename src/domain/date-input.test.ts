import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTypedDate, parseTypedDate } from './date-input';

const date = (iso: string) => ({ kind: 'date', iso });

describe('typed dates', () => {
  it('never takes a half-typed date for a date', () => {
    for (const prefix of ['0', '05', '0501', '05012', '050120', '0501202', '05/01/2', '05/01/202', '2020', '2020-05-'])
      expect(parseTypedDate(prefix, 'en').kind, prefix).toBe('partial');
  });

  it('reads the English order month/day/year, typed with or without separators', () => {
    expect(parseTypedDate('05012020', 'en')).toEqual(date('2020-05-01'));
    expect(parseTypedDate('5/1/2020', 'en')).toEqual(date('2020-05-01'));
  });

  it('reads the Arabic order day/month/year, in Arabic-Indic or Western digits', () => {
    expect(parseTypedDate('٠١/٠٥/٢٠٢٠', 'ar')).toEqual(date('2020-05-01'));
    expect(parseTypedDate('01052020', 'ar')).toEqual(date('2020-05-01'));
    expect(parseTypedDate('١‏/٥‏/٢٠٢٠', 'ar')).toEqual(date('2020-05-01'));
  });

  it('accepts ISO in both languages; a one-digit day only once typing is over', () => {
    expect(parseTypedDate('2020-05-01', 'ar')).toEqual(date('2020-05-01'));
    expect(parseTypedDate('2020-05-1', 'en').kind).toBe('partial');
    expect(parseTypedDate('2020-05-1', 'en', true)).toEqual(date('2020-05-01'));
  });

  it('reads month names in both languages', () => {
    expect(parseTypedDate('8 January 2017', 'en')).toEqual(date('2017-01-08'));
    expect(parseTypedDate('January 8, 2017', 'en')).toEqual(date('2017-01-08'));
    expect(parseTypedDate('٨ كانون الثاني ٢٠١٧', 'ar')).toEqual(date('2017-01-08'));
    expect(parseTypedDate('18 آب 2020', 'ar')).toEqual(date('2020-08-18'));
    expect(parseTypedDate('3 مايو 2020', 'ar')).toEqual(date('2020-05-03'));
  });

  it('says invalid for impossible dates and, once typing is over, for incomplete ones', () => {
    expect(parseTypedDate('02/30/2020', 'en').kind).toBe('invalid');
    expect(parseTypedDate('13/13/2020', 'ar').kind).toBe('invalid');
    expect(parseTypedDate('hello', 'en').kind).toBe('invalid');
    expect(parseTypedDate('05/01/20', 'en', true).kind).toBe('invalid');
    expect(parseTypedDate('', 'en', true).kind).toBe('empty');
  });

  it('shows dates in the field format of each language', () => {
    expect(formatTypedDate('2020-05-01', 'en')).toBe('05/01/2020');
    expect(formatTypedDate('2020-05-01', 'ar')).toBe('٠١/٠٥/٢٠٢٠');
  });

  it('reads back every date it shows, in both languages', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('ar' as const, 'en' as const), (iso, lang) => {
        expect(parseTypedDate(formatTypedDate(iso, lang), lang)).toEqual(date(iso));
      }),
    );
  });
});
