/**
 * Word tokens with their offsets in the original text, and the Arabic word variants the matchers compare:
 * a token's normalised form plus the forms without attached و/ف, ب/ل/ك and the article ال. Owns tokenisation;
 * everything that matches words (lexicons, dates, places) goes through `Token.forms`.
 */
import { normalizeArabic } from '../../src/domain/arabic';

export interface Token {
  /** The word as written. */
  text: string;
  /** Offsets in the source text: `source.slice(start, end) === text`. */
  start: number;
  end: number;
  /** Normalised (normalizeArabic) form. */
  norm: string;
  /** Variants to match: proclitics stripped; the first entry is `norm`. Forms keep their ال. */
  forms: string[];
  /** `forms` with a leading ال removed as well (for matching words written without the article). */
  bare: string[];
  /** `forms` and `bare` together, for fast lookups. */
  all: Set<string>;
}

const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
const ARABIC_START = /^[\u0621-\u064A]/;

/** Proclitic variants of one normalised word, most literal first: وبالشحيل → وبالشحيل, بالشحيل, الشحيل. */
export function procliticVariants(word: string): string[] {
  const out = [word];
  if (!ARABIC_START.test(word)) return out;
  const add = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  const afterConj = /^[وف]/.test(word) && word.length > 3 ? [word, word.slice(1)] : [word];
  for (const w of afterConj) {
    add(w);
    if (w.startsWith('لل') && w.length > 3) add(`ال${w.slice(2)}`);
    else if (/^[بلك]/.test(w) && w.length > 3) add(w.slice(1));
  }
  return out;
}

/** Removes a leading ال when at least two letters remain: الزر → زر, الا → الا. */
export function dropArticle(word: string): string {
  return word.startsWith('ال') && word.length >= 4 ? word.slice(2) : word;
}

/** The consonant skeleton of a normalised word (article and inner long vowels removed): الجريجسه → جرجسه. */
export function consonantSkeleton(word: string): string {
  const w = dropArticle(word);
  return w[0] + w.slice(1).replace(/[اوي]/g, '');
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeArabic(m[0]).replace(/[^\p{L}\p{N}]/gu, '');
    if (!norm) continue;
    const forms = procliticVariants(norm);
    const bare = [...new Set(forms.map(dropArticle))];
    const all = new Set([...forms, ...bare]);
    tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, norm, forms, bare, all });
  }
  return tokens;
}

/** True when some punctuation (comma, full stop, colon, brackets) stands between two tokens in the source. */
export function punctuationBetween(source: string, a: Token, b: Token): boolean {
  return /[،,.:;؛()\-–—!?؟]/.test(source.slice(a.end, b.start));
}
