/** Locale-aware formatting of numbers, dates and date spans through Intl (Levantine month names in Arabic). */
import type { Lang } from './view';

export type UiLang = Lang;

const LOCALES: Record<UiLang, string> = { ar: 'ar-SY', en: 'en-GB' };

// Formatters are made once per language and options: making one costs far more than formatting with it, and a
// large dataset formats hundreds of thousands of numbers and dates.
const numberFormats = new Map<UiLang, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatNumber(n: number, lang: UiLang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f.format(n);
}

type Precision = 'day' | 'month' | 'year';
function dateFormat(lang: UiLang, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}/${precision}`;
  let f = dateFormats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
    dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], opts)));
  }
  return f;
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDate(iso: string, lang: UiLang, precision: Precision = 'day'): string {
  return dateFormat(lang, precision).format(utc(iso));
}

/** A date or a span ("16–17 May 2020"), compacted by Intl's range formatting. */
export function formatDateSpan(
  date: string,
  dateEnd: string | null,
  lang: UiLang,
  precision: 'day' | 'month' | 'year' = 'day',
): string {
  if (!dateEnd || dateEnd === date) return formatDate(date, lang, precision);
  // A month- or year-precision span must not read as exact days.
  if (precision !== 'day') {
    const a = formatDate(date, lang, precision);
    const b = formatDate(dateEnd, lang, precision);
    return a === b ? a : `${a} – ${b}`;
  }
  return dateFormat(lang, 'day').formatRange(utc(date), utc(dateEnd));
}

/**
 * A time filter's range: one date when both ends are the same day (never "1 May 2020 – 1 May 2020"), a
 * compacted span when both are set, and "…" for an open end.
 */
export function formatDateRange(from: string | null, to: string | null, lang: UiLang): string {
  if (from && to) return formatDateSpan(from, to, lang);
  return `${from ? formatDate(from, lang) : '…'} – ${to ? formatDate(to, lang) : '…'}`;
}

/** An outcome range as reported: "2", "3–4", "≥ 5"; null when not stated. */
export function formatRange(min: number | null, max: number | null, lang: UiLang): string | null {
  const n = (x: number) => formatNumber(x, lang);
  if (min === null && max === null) return null;
  if (min !== null && max === null) return `≥ ${n(min)}`;
  if (min === null && max !== null) return `≤ ${n(max)}`;
  return min === max ? n(min!) : `${n(min!)}–${n(max!)}`;
}

/** Splits `text` into plain and highlighted parts at every occurrence of each quote (quotes never overlap here). */
export function highlightQuotes(text: string, quotes: string[]): { text: string; mark: boolean }[] {
  const ranges = quotes
    .filter((q) => q.length > 0)
    .flatMap((q) => {
      const found: [number, number][] = [];
      for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length)) found.push([i, i + q.length]);
      return found;
    })
    .sort((a, b) => a[0] - b[0]);
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * The digits of a text in the UI language's one digit system: Arabic-Indic (٠–٩) in Arabic, Western in English.
 * For the atlas's own text (notes, claims, attributions); never for quotes, which stay exactly as published.
 */
export function localizeDigits(text: string, lang: UiLang): string {
  return lang === 'ar'
    ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
    : text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}
