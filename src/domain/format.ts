/** Locale-aware formatting of numbers, dates and date spans through Intl (Levantine month names in Arabic). */
export type UiLang = 'ar' | 'en';

const LOCALES: Record<UiLang, string> = { ar: 'ar-SY', en: 'en-GB' };

export function formatNumber(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDate(iso: string, lang: UiLang, precision: 'day' | 'month' | 'year' = 'day'): string {
  const opts: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], opts).format(utc(iso));
}

/** A date or a span ("16–17 May 2020"), compacted by Intl's range formatting. */
export function formatDateSpan(
  date: string,
  dateEnd: string | null,
  lang: UiLang,
  precision: 'day' | 'month' | 'year' = 'day',
): string {
  if (!dateEnd || dateEnd === date) return formatDate(date, lang, precision);
  const fmt = new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return fmt.formatRange(utc(date), utc(dateEnd));
}
