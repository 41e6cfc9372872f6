/**
 * Phrase patterns over tokens, the one matching rule every lexicon uses. Pattern syntax (data/lexicons/README):
 * words separated by spaces; `word*` matches any ending (انزال* = إنزال، إنزالاً، إنزالات); `~N` allows up to N
 * other words in between; a word written with ال needs the article in the text, a word without it matches both.
 * Diacritics, hamza/alef forms, ة/ه, ى/ي and attached و/ف/ب/ل/ك are ignored on both sides.
 */
import { normalizeArabic } from '../../src/domain/arabic';
import type { Token } from './tokens';

export type PatternWord =
  { kind: 'word'; word: string; star: boolean; article: boolean } | { kind: 'gap'; max: number };

export interface Phrase<V> {
  words: PatternWord[];
  value: V;
  /** The pattern as written in the lexicon (evidence). */
  source: string;
  /** Breaks ties between matches of the same length: higher wins. */
  priority: number;
}

export interface PhraseMatch<V> {
  value: V;
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
  source: string;
}

export function compilePattern(pattern: string): PatternWord[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((w): PatternWord => {
      const gap = /^~(\d+)$/.exec(w);
      if (gap) return { kind: 'gap', max: Number(gap[1]) };
      const star = w.endsWith('*');
      const word = normalizeArabic(star ? w.slice(0, -1) : w).replace(/[^\p{L}\p{N}]/gu, '');
      return { kind: 'word', word, star, article: word.startsWith('ال') && word.length > 3 };
    });
}

export function phrase<V>(pattern: string, value: V, priority = 0): Phrase<V> {
  return { words: compilePattern(pattern), value, source: pattern, priority };
}

/** Does one token match one pattern word? */
export function wordMatches(t: Token, p: Extract<PatternWord, { kind: 'word' }>): boolean {
  if (!p.star) return p.article ? t.forms.includes(p.word) : t.all.has(p.word);
  const starts = (f: string) => f.startsWith(p.word);
  return p.article ? t.forms.some(starts) : t.forms.some(starts) || t.bare.some(starts);
}

/** Phrases by their first word (exact first words), plus those that must be tried everywhere. */
interface PhraseIndex<V> {
  byFirst: Map<string, Phrase<V>[]>;
  always: Phrase<V>[];
}
const indexes = new WeakMap<object, PhraseIndex<unknown>>();

function indexOf<V>(phrases: Phrase<V>[]): PhraseIndex<V> {
  const hit = indexes.get(phrases) as PhraseIndex<V> | undefined;
  if (hit) return hit;
  const idx: PhraseIndex<V> = { byFirst: new Map(), always: [] };
  for (const ph of phrases) {
    const first = ph.words[0];
    if (!first || first.kind !== 'word' || first.star) idx.always.push(ph);
    else idx.byFirst.set(first.word, [...(idx.byFirst.get(first.word) ?? []), ph]);
  }
  indexes.set(phrases, idx as PhraseIndex<unknown>);
  return idx;
}

/** The phrases that can start at token `t`. */
function candidatesAt<V>(t: Token, idx: PhraseIndex<V>): Phrase<V>[] {
  const out = [...idx.always];
  for (const f of t.all) {
    const list = idx.byFirst.get(f);
    if (list) for (const ph of list) if (!out.includes(ph)) out.push(ph);
  }
  return out;
}

/** The end index (exclusive) when `words` match at token `i`, else -1. Gaps are filled as briefly as possible. */
export function matchAt(tokens: Token[], i: number, words: PatternWord[], w = 0): number {
  if (w === words.length) return i;
  const p = words[w];
  if (p.kind === 'gap') {
    for (let skip = 0; skip <= p.max && i + skip <= tokens.length; skip++) {
      const end = matchAt(tokens, i + skip, words, w + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= tokens.length || !wordMatches(tokens[i], p)) return -1;
  return matchAt(tokens, i + 1, words, w + 1);
}

/** Greedy left-to-right, longest match first, non-overlapping: each token belongs to at most one phrase. */
export function findPhrases<V>(tokens: Token[], phrases: Phrase<V>[], from = 0, to = tokens.length): PhraseMatch<V>[] {
  const out: PhraseMatch<V>[] = [];
  const slice = to < tokens.length ? tokens.slice(0, to) : tokens;
  const idx = indexOf(phrases);
  let i = from;
  while (i < to) {
    let best: PhraseMatch<V> | null = null;
    let bestPriority = -Infinity;
    for (const ph of candidatesAt(slice[i], idx)) {
      const end = matchAt(slice, i, ph.words);
      if (end < 0) continue;
      const longer = !best || end > best.to || (end === best.to && ph.priority > bestPriority);
      if (longer) {
        best = { value: ph.value, from: i, to: end, source: ph.source };
        bestPriority = ph.priority;
      }
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}
