/**
 * Arabic normalisation shared by search, filters and the ingest geocoder: folds diacritics and tatweel,
 * alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ/ئ → و/ي, Arabic-Indic digits → ASCII, and Latin case/accents.
 * `searchTokens` also strips a leading ال and attached و/ب/ل/ف/ك (+ال) so that "والشحيل", "بالشحيل" and
 * "شحيل" meet on one token.
 */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

export function normalizeArabic(input: string): string {
  return input
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'];

/** The stem of one normalised Arabic word: without a leading ال and attached conjunction/preposition. */
export function stripArabicPrefix(word: string): string {
  // Stryker disable next-line ConditionalExpression,Regex: a shortcut: no prefix below can match a word that does not start with an Arabic letter
  if (!/^[\u0621-\u064A]/.test(word)) return word;
  for (const p of PREFIXES) {
    // Keep at least three letters so that short words (e.g. "بلد") are not cut to nothing.
    if (word.startsWith(p) && word.length - p.length >= 3) return word.slice(p.length);
  }
  return word;
}

/** Normalised word stems of a text, for matching in both scripts. */
export function searchTokens(text: string): string[] {
  return (
    normalizeArabic(text)
      // Stryker disable next-line Regex: without `+`, runs of separators give empty words, which the filter drops
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stripArabicPrefix)
  );
}
