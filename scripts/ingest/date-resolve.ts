/**
 * Turns a date expression into a calendar date against the publication date (or an anchor day), checks that a
 * weekday and a date agree, and grades confidence. Without a publication date, expressions that need one give
 * `date: null` with low confidence instead of a guess; only expressions with a year of their own resolve.
 */
import { addDays } from '../../src/domain/dates';
import { isRealDate, type Confidence } from '../../src/domain/operation-schema';
import type { DateExpr } from './dates';

export type DatePrecision = 'day' | 'month' | 'year';

export interface ResolvedDate {
  date: string | null;
  date_end: string | null;
  precision: DatePrecision | null;
  confidence: Confidence;
  /** Why the confidence is what it is (conflicts, missing publication date). */
  notes: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function lastDayOfMonth(y: number, m: number): string {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The year of "day month" with no year: the last such date not after publication (a week's slack). */
function inferYear(e: DateExpr, published: string): number {
  const py = +published.slice(0, 4);
  const pm = +published.slice(5, 7);
  if (e.monthMod === 'current') return py;
  if (e.monthMod === 'past') return e.month! < pm ? py : py - 1;
  const candidate = ymd(py, e.month!, e.day ?? 1);
  return candidate > addDays(published, 7) ? py - 1 : py;
}

/** The first year an operation in this atlas can have (the coalition's campaign in Syria began in 2014). */
export const FIRST_YEAR = 2014;

/**
 * The years in which `day month` falls on `weekday`, from FIRST_YEAR up to `today` (no date after it), latest
 * first. "الثلاثاء 9 حزيران" without a year: the weekday narrows the year to one or two in a decade.
 */
export function yearsByWeekday(day: number, month: number, weekday: number, today: string): number[] {
  const out: number[] = [];
  for (let y = +today.slice(0, 4); y >= FIRST_YEAR; y--) {
    const iso = ymd(y, month, day);
    if (iso <= today && isRealDate(iso) && weekdayOf(iso) === weekday) out.push(y);
  }
  return out;
}

/** The most recent `weekday` on or before `ref` (strictly before when `strict`). */
function lastWeekday(ref: string, weekday: number, strict: boolean): string {
  let back = (weekdayOf(ref) - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(ref, -back);
}

/** "الأربعاء 16 حزيران" with no year and no publication date: the latest year whose calendar agrees. */
function byWeekday(e: DateExpr, today: string): ResolvedDate {
  const years = yearsByWeekday(e.day!, e.month!, e.weekday!, today);
  if (!years.length) return unresolved(`"${e.text}": no year from ${FIRST_YEAR} to ${today} has this weekday`);
  const date = ymd(years[0], e.month!, e.day!);
  const others = years.slice(1, 3);
  return {
    date,
    date_end: null,
    precision: 'day',
    confidence: others.length ? 'low' : 'medium',
    notes: [
      `"${e.text}": no year given; ${years[0]} is the latest year in which it is a ${WEEKDAYS[e.weekday!]}` +
        (others.length ? ` (${others.join(', ')} also fit)` : ''),
    ],
  };
}

function unresolved(note: string): ResolvedDate {
  return { date: null, date_end: null, precision: null, confidence: 'low', notes: [note] };
}

/**
 * Resolves `e`. `published` is the article's date (YYYY-MM-DD) or null; `anchor` is the day of the operation a
 * "قبل N ساعة من عملية …" expression counts from, when the caller found it.
 */
export function resolveDate(
  e: DateExpr,
  published: string | null,
  anchor: string | null = null,
  today: string | null = null,
): ResolvedDate {
  const notes: string[] = [];
  if (!published && e.year === undefined && e.day !== undefined && e.weekday !== undefined && today)
    return byWeekday(e, today);
  if (e.month !== undefined && e.monthLevel) {
    const year = e.year ?? (published ? inferYear(e, published) : null);
    if (year === null) return unresolved(`"${e.text}" has no year and no publication date was given`);
    return {
      date: ymd(year, e.month, 1),
      date_end: lastDayOfMonth(year, e.month),
      precision: 'month',
      confidence: e.year !== undefined || e.monthMod ? 'high' : 'medium',
      notes,
    };
  }
  if (e.offsetMonths !== undefined) {
    if (!published) return unresolved(`"${e.text}" is relative and no publication date was given`);
    const d = new Date(Date.UTC(+published.slice(0, 4), +published.slice(5, 7) - 1 + e.offsetMonths, 1));
    const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
    return { date: ymd(y, m, 1), date_end: lastDayOfMonth(y, m), precision: 'month', confidence: 'medium', notes };
  }
  let date: string | null = null;
  let confidence: Confidence = 'medium';
  if (e.day !== undefined && e.month !== undefined) {
    const year = e.year ?? (published ? inferYear(e, published) : null);
    if (year === null) return unresolved(`"${e.text}" has no year and no publication date was given`);
    date = ymd(year, e.month, e.day);
    if (!isRealDate(date)) return unresolved(`"${e.text}" is not a real calendar date`);
    confidence = e.year !== undefined || e.monthMod ? 'high' : 'medium';
    if (e.offsetDays !== undefined && published && addDays(published, e.offsetDays) !== date) {
      notes.push(`"${e.text}": the relative day gives ${addDays(published, e.offsetDays)}, the date ${date}`);
      confidence = 'low';
    }
  } else if (e.offsetDays !== undefined) {
    const ref = e.anchorFrom !== undefined ? anchor : published;
    if (!ref) return unresolved(`"${e.text}" is relative and no publication date was given`);
    date = addDays(ref, e.offsetDays);
    if (e.anchorFrom !== undefined) notes.push(`counted from the other operation's date ${ref}`);
  } else if (e.weekday !== undefined) {
    if (!published) return unresolved(`"${e.text}" names a weekday and no publication date was given`);
    date = lastWeekday(published, e.weekday, !!e.weekdayPast);
  } else return unresolved(`"${e.text}" is not a date`);
  if (e.weekday !== undefined && weekdayOf(date) !== e.weekday) {
    notes.push(`"${e.text}": ${date} is a ${WEEKDAYS[weekdayOf(date)]}, not a ${WEEKDAYS[e.weekday]}`);
    confidence = 'low';
  } else if (e.weekday !== undefined && e.day !== undefined && !notes.length) confidence = 'high'; // weekday agrees
  return { date, date_end: null, precision: 'day', confidence, notes };
}
