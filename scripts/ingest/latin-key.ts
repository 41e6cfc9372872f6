/**
 * Matches Arabic words against gazetteer places that have no Arabic name (about 7 % of the gazetteer: جرابلس is
 * only "Jarābulus", تل حميس only "Tall Hamis"). Both sides become the consonant key of the search's Latin
 * folding (`src/domain/transliterate.ts`): the Arabic letters are written with the Latin consonant each one is
 * usually transliterated with, long vowels, ع and the final ة dropped, so "خويتلة" and "Khuwaytilah" meet on `ktl`.
 */
import { finishKey, latinKey, MIN_KEY } from '../../src/domain/transliterate';

const LETTERS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'S',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
};

/** The Latin consonant key of normalised Arabic words without their article ("" when too short to trust). */
export function arabicLatinKey(words: readonly string[]): string {
  const folded = words.map((w) => [...w.replace(/ه$/, '')].map((ch) => LETTERS[ch] ?? '').join('')).join('');
  const key = finishKey(folded);
  return key.length >= MIN_KEY ? key : '';
}

/** The keys of a place's Latin names (English name and alternative Latin spellings). */
export function placeLatinKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(latinKey).filter((k) => k.length >= MIN_KEY))];
}
