/**
 * Transliteration folding for Latin spellings of Arabic names: one key that the many ways of writing a name
 * share (Shahil / Shuhayl / Shuhail / Ch’hil → `Shl`; Busaira / Busayrah / Bessireh → `bsr`; Deir Ezzor /
 * Deir ez-Zor / Dayr al-Zawr → `drzr`). The key keeps only the consonant skeleton:
 * - lower case, no diacritics (NFD), no ayn/hamza marks or apostrophes (’ ‘ ʿ ʾ ' `);
 * - no article: the words `al`/`el` (and `al-`/`el-`, split at the hyphen) are dropped; an assimilated article
 *   (`ez-Zor`, `at-Tibni`) meets the bare name once doubled letters collapse;
 * - a final h after a vowel is dropped (Busayrah / Busaira);
 * - digraphs become one letter: ch/sh → S (French Ch’hil), kh → k, gh → g, th → t, dh → d, dj → j; q and c → k;
 * - doubled letters collapse (Ezzor / ez-Zor, Bessireh), then the vowels and the semivowels written as vowels
 *   (a e i o u y w) go.
 * A key shorter than MIN_KEY consonants names too many places to count as a match (see transliterate.test.ts
 * for the collision measure over the gazetteer).
 */

/** Keys shorter than this are ignored: over the gazetteer's Latin names, 2-consonant keys are hopelessly shared. */
export const MIN_KEY = 3;

const MARKS = /[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`´]/g;
const ARTICLES = new Set(['al', 'el']);

/** The Latin words of a text, lower-case ASCII, without diacritics, ayn/hamza marks and the article al/el. */
export function latinWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(MARKS, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '' && !ARTICLES.has(w));
}

/** One word with its digraphs folded (per word, so that "Ras Hafar" does not make an "sh"). */
function foldWord(w: string): string {
  return w
    .replace(/([aeiouy])h$/, '$1')
    .replace(/dj/g, 'j')
    .replace(/[cs]h/g, 'S')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/[qc]/g, 'k');
}

/** Collapses doubled letters and drops the vowels of folded words joined together: the key. */
export function finishKey(folded: string): string {
  return folded.replace(/(.)\1+/g, '$1').replace(/[aeiouyw]/g, '');
}

/** The folding key of words already split by `latinWords` (joined: a phrase gives one key). */
export function foldWords(words: readonly string[]): string {
  return finishKey(words.map(foldWord).join(''));
}

/** The folding key of a Latin word or phrase ("" when it has no Latin letters). */
export function latinKey(text: string): string {
  return foldWords(latinWords(text));
}

const folded = new Map<string, string>();

/**
 * One written word (any case, marks, "al-" split off by the caller) folded but not yet finished: the keys of
 * runs of words are `finishKey` of these joined. Remembered, since names repeat across operations.
 */
export function foldedWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    f = latinWords(word).map(foldWord).join('');
    if (folded.size < 100_000) folded.set(word, f);
  }
  return f;
}

/** The key, or null when it is too short to tell places apart. */
export function usableKey(key: string): string | null {
  return key.length >= MIN_KEY ? key : null;
}
