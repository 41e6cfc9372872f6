/** Test helper: the real gazetteer index and lexicons (loaded once) and real sentences from data/articles/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicons } from './lexicon';
import { loadLexicons, loadPlaceIndex } from './load';
import type { PlaceIndex } from './places';

export const DATA = join(import.meta.dirname, '../../data');

let lexCache: Lexicons | null = null;
let idxCache: PlaceIndex | null = null;
export const realLexicons = (): Lexicons => (lexCache ??= loadLexicons(DATA));
export function realData(): { idx: PlaceIndex; lex: Lexicons } {
  idxCache ??= loadPlaceIndex(DATA);
  return { idx: idxCache, lex: realLexicons() };
}

export function articleText(id: string): string {
  return readFileSync(join(DATA, 'articles', `${id}.txt`), 'utf8');
}

export const ARTICLES = {
  kubar: '000_d604395c38f6c4dd',
  tabni: '001_68ca2180bc9c5453',
  kasar: '002_4b4cd1aa8eee4f4b',
  shuhayl: '003_ca033d0e06058526',
  coalitionWeapons: '004_4107dc728df1f2b2',
} as const;

/** The paragraph (line) of an article that contains `fragment`; fails loudly if the article lacks it. */
export function paragraphWith(id: string, fragment: string): string {
  const line = articleText(id)
    .split('\n')
    .find((l) => l.includes(fragment));
  if (!line) throw new Error(`${id}: no paragraph contains "${fragment}"`);
  return line.trim();
}
