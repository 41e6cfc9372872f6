/**
 * Dates typed by a person, in the UI language's own format: Arabic day/month/year (Arabic-Indic or Western
 * digits), English month/day/year, ISO `YYYY-MM-DD` in both, and day–month name–year ("1 May 2020",
 * «١ أيار ٢٠٢٠»). A date counts only once it is complete (a four-digit year): a half-typed date is `partial`,
 * never a date, so that nothing is applied while the person is still typing.
 */
import { isRealDate } from './dates';
import type { Lang } from './view';

export type TypedDate = { kind: 'empty' } | { kind: 'partial' } | { kind: 'invalid' } | { kind: 'date'; iso: string };

const LOCALE: Record<Lang, string> = { ar: 'ar-SY', en: 'en-US' };

/** The field format shown as a hint: what a person types. */
export const DATE_PATTERN: Record<Lang, string> = { ar: 'يوم/شهر/سنة', en: 'mm/dd/yyyy' };

/** `iso` as the field shows it: ٠١/٠٥/٢٠٢٠ in Arabic (day first), 05/01/2020 in English (month first). */
export function formatTypedDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace(/[\u200e\u200f\u061c]/g, '');
}

const MONTHS: [string[], number][] = [
  [['january', 'jan', 'كانون الثاني', 'يناير'], 1],
  [['february', 'feb', 'شباط', 'فبراير'], 2],
  [['march', 'mar', 'آذار', 'اذار', 'مارس'], 3],
  [['april', 'apr', 'نيسان', 'أبريل', 'ابريل'], 4],
  [['may', 'أيار', 'ايار', 'مايو'], 5],
  [['june', 'jun', 'حزيران', 'يونيو'], 6],
  [['july', 'jul', 'تموز', 'يوليو'], 7],
  [['august', 'aug', 'آب', 'اب', 'أغسطس', 'اغسطس'], 8],
  [['september', 'sep', 'sept', 'أيلول', 'ايلول', 'سبتمبر'], 9],
  [['october', 'oct', 'تشرين الأول', 'تشرين الاول', 'أكتوبر', 'اكتوبر'], 10],
  [['november', 'nov', 'تشرين الثاني', 'نوفمبر'], 11],
  [['december', 'dec', 'كانون الأول', 'كانون الاول', 'ديسمبر'], 12],
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A calendar date from its parts, or invalid (month 13, 31 April, …). */
function date(y: string, m: number, d: number): TypedDate {
  if (y.length !== 4) return { kind: y.length < 4 ? 'partial' : 'invalid' };
  const s = iso(Number(y), m, d);
  return isRealDate(s) ? { kind: 'date', iso: s } : { kind: 'invalid' };
}

function withMonthName(text: string): TypedDate | null {
  const lower = text.toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [names, month] of MONTHS)
    for (const name of names) {
      // Whole words only: آب must not match inside another word.
      const m = new RegExp(`(?:^|\\s)${name}(?=\\s|$)`).exec(lower);
      if (!m) continue;
      const before = lower.slice(0, m.index).trim();
      const after = lower.slice(m.index + m[0].length).trim();
      // "1 May 2020" / «١ أيار ٢٠٢٠» or "May 1 2020".
      const dayFirst = /^(\d{1,2})$/.exec(before) && /^(\d{0,4})$/.exec(after);
      const monthFirst = before === '' && /^(\d{1,2}) (\d{0,4})$/.exec(after);
      if (dayFirst) return date(after, month, Number(before));
      if (monthFirst) return date(monthFirst[2], month, Number(monthFirst[1]));
      if (before === '' && /^\d{0,2}$/.test(after)) return { kind: 'partial' };
      return { kind: 'invalid' };
    }
  return null;
}

/**
 * Reads a typed date. `final` is set on Enter or when the field loses focus: a single-digit ISO day then
 * counts, and what is still incomplete becomes invalid.
 */
export function parseTypedDate(raw: string, lang: Lang, final = false): TypedDate {
  const text = raw
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\\.\u066b\u2044]/g, '/')
    .trim();
  if (!text) return { kind: 'empty' };
  const result = read(text, lang, final);
  return final && result.kind === 'partial' ? { kind: 'invalid' } : result;
}

function read(text: string, lang: Lang, final: boolean): TypedDate {
  if (/\p{L}/u.test(text)) return withMonthName(text) ?? { kind: 'invalid' };
  // ISO: 2020-05-01 (also 2020/05/01). A one-digit day is complete only on Enter or blur (it may become 10–19).
  const isoMatch = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{0,2}))?$/.exec(text);
  if (isoMatch) {
    const [, y, m, d] = isoMatch;
    if (d === undefined || d === '' || (d.length === 1 && !final)) return { kind: 'partial' };
    return date(y, Number(m), Number(d));
  }
  // Digits only: DDMMYYYY in Arabic, MMDDYYYY in English; YYYYMMDD when that is the only reading.
  if (/^\d+$/.test(text)) {
    if (text.length < 8) return { kind: 'partial' };
    if (text.length > 8) return { kind: 'invalid' };
    const [a, b, y] = [Number(text.slice(0, 2)), Number(text.slice(2, 4)), text.slice(4)];
    const local = lang === 'ar' ? date(y, b, a) : date(y, a, b);
    return local.kind === 'date' ? local : date(text.slice(0, 4), Number(text.slice(4, 6)), Number(text.slice(6)));
  }
  // Separated: day/month/year in Arabic, month/day/year in English.
  const parts = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{0,5}))?$/.exec(text);
  if (parts) {
    const [, a, b, y] = parts;
    if (y === undefined || y.length < 4) return { kind: 'partial' };
    return lang === 'ar' ? date(y, Number(b), Number(a)) : date(y, Number(a), Number(b));
  }
  if (/^\d{1,2}[-/]?$/.test(text)) return { kind: 'partial' };
  return { kind: 'invalid' };
}
