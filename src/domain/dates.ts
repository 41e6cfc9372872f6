/** Calendar-day arithmetic on ISO dates (YYYY-MM-DD) in UTC, so no time zone can shift a day. */
const DAY = 86_400_000;

export const toDay = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
export const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => fromDay(toDay(iso) + n);
export const daysBetween = (a: string, b: string): number => toDay(b) - toDay(a);

export type Bin = 'year' | 'month' | 'day';

/** Bins fine enough to see structure, coarse enough to stay readable: about 10–150 bars. */
export function chooseBin(from: string, to: string): Bin {
  const days = daysBetween(from, to);
  if (days > 3 * 365) return 'year';
  if (days > 120) return 'month';
  return 'day';
}

export function binStart(iso: string, bin: Bin): string {
  if (bin === 'year') return `${iso.slice(0, 4)}-01-01`;
  if (bin === 'month') return `${iso.slice(0, 7)}-01`;
  return iso;
}

export function nextBin(start: string, bin: Bin): string {
  if (bin === 'day') return addDays(start, 1);
  const y = +start.slice(0, 4);
  const m = +start.slice(5, 7);
  if (bin === 'year') return `${y + 1}-01-01`;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const realDates = new Map<string, boolean>();

/** True when `s` (YYYY-MM-DD) names a day that exists in the calendar (remembered: a dataset repeats its days). */
export function isRealDate(s: string): boolean {
  let real = realDates.get(s);
  if (real === undefined) {
    real = checkDate(s);
    if (realDates.size < 100_000) realDates.set(s, real);
  }
  return real;
}

function checkDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const iso = (d: Date, utc: boolean) =>
  utc
    ? d.toISOString().slice(0, 10)
    : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Today as the data build says it (UTC), or the analyst's own calendar day when that is already later. */
export function today(now = new Date()): string {
  const [utc, local] = [iso(now, true), iso(now, false)];
  return local > utc ? local : utc;
}
