/**
 * Why an operation matched a query, for the list: which words of which field (title, place, summary, quote,
 * another name of the place, a type/actor/target/governorate label) matched which query words, as character
 * ranges in the original text. Words are found the same ways `search.ts` matches them (part of a word, stem,
 * transliteration key, a run of words read as one name, Arabic written without spaces); whole words are marked.
 */
import { normalizeArabic, searchTokens } from './arabic';
import { arabicStem } from './inflection';
import type { OperationFeature } from './operation-schema';
import { compiledQuery, type CompiledQuery, type Term } from './search';
import { MAX_RUN } from './search-index';
import { codesOf, type SearchVocabulary } from './search-vocabulary';
import { finishKey, foldedWord, latinKey, usableKey } from './transliterate';

export type MatchField =
  | 'title_ar'
  | 'title_en'
  | 'place_ar'
  | 'place_en'
  | 'summary_ar'
  | 'summary_en'
  | 'quote'
  | 'place_name'
  | 'type'
  | 'actor'
  | 'target'
  | 'gov';

/** A half-open character range [start, end). */
export type Range = [number, number];

export interface MatchPart {
  field: MatchField;
  text: string;
  ranges: Range[];
  /** Indices of the query words this part shows. */
  words: number[];
}

interface Word {
  start: number;
  end: number;
  tokens: string[];
  stems: string[];
  compact: string;
  key: string | null;
  folded: string;
  cap: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u0640\u2018\u2019'`\u02bb\u02bc\u02be\u02bf]*/gu;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const w = m[0].replace(/[\u2018\u2019'`\u02bb\u02bc\u02be\u02bf]+$/, '');
    const tokens = searchTokens(w);
    return {
      start: m.index,
      end: m.index + w.length,
      tokens,
      stems: tokens.map(arabicStem),
      compact: normalizeArabic(w).replace(/[^\u0621-\u064A]+/g, ''),
      key: usableKey(latinKey(w)),
      folded: foldedWord(w),
      cap: /^\p{Lu}/u.test(w),
    };
  });
}

function wordMatches(w: Word, t: Term, name: boolean): boolean {
  return (
    w.tokens.some((k) => k.includes(t.token) || (t.alt !== null && k.includes(t.alt))) ||
    (t.stem !== null && w.stems.includes(t.stem)) ||
    (t.fold !== null && (name || w.cap) && w.key === t.fold)
  );
}

/** Words a and b are in one run: only spaces (or a hyphen between Latin words) lie between them. */
const joined = (text: string, a: Word, b: Word) => /^[\s\-–]*$/.test(text.slice(a.end, b.start));

/** The ranges of `text` that match words of the query, and which query words they are. */
export function explainText(text: string, c: CompiledQuery, name: boolean): { ranges: Range[]; words: number[] } {
  const ws = wordsOf(text);
  const marked = new Uint8Array(ws.length);
  const found = new Set<number>();
  const mark = (a: number, b: number, terms: number[]) => {
    marked.fill(1, a, b + 1);
    terms.forEach((i) => found.add(i));
  };
  ws.forEach((w, j) =>
    c.terms.forEach((t, i) => {
      if (wordMatches(w, t, name)) mark(j, j, [i]);
    }),
  );
  for (let a = 0; a < ws.length; a++) {
    let compact = ws[a].compact;
    let folded = ws[a].folded;
    for (let b = a; b < Math.min(ws.length, a + MAX_RUN); b++) {
      if (b > a) {
        if (!joined(text, ws[b - 1], ws[b])) break;
        compact += ws[b].compact;
        folded += ws[b].folded;
        // A word run together from several (ديرالزور): only where it starts in word a and ends in word b.
        c.terms.forEach((t, i) => {
          const at = t.compact === null ? -1 : compact.indexOf(t.compact);
          const ends = at + (t.compact?.length ?? 0);
          if (at >= 0 && at < ws[a].compact.length && ends > compact.length - ws[b].compact.length) mark(a, b, [i]);
        });
      }
      if (!name && !(ws[a].cap && ws[b].cap)) continue;
      const key = finishKey(folded);
      for (const s of c.spans) {
        if (s.key === key)
          mark(
            a,
            b,
            Array.from({ length: s.to - s.from + 1 }, (_, k) => s.from + k),
          );
      }
    }
  }
  const ranges: Range[] = [];
  ws.forEach((w, j) => {
    if (!marked[j]) return;
    const prev = ranges[ranges.length - 1];
    if (prev && j > 0 && marked[j - 1] && joined(text, ws[j - 1], w)) prev[1] = w.end;
    else ranges.push([w.start, w.end]);
  });
  return { ranges, words: [...found].sort((x, y) => x - y) };
}

/** Every field of `op` that shows a matched word of `q`, in a fixed order (title, place, summary, …). */
export function explainMatch(op: OperationFeature, q: string, vocabulary?: SearchVocabulary): MatchPart[] {
  const c = compiledQuery(q, vocabulary);
  if (!c.terms.length) return [];
  const p = op.properties;
  const fields: [MatchField, string, boolean][] = [
    ['title_ar', p.title_ar, false],
    ['title_en', p.title_en, false],
    ['place_ar', p.place_ar, true],
    ['place_en', p.place_en, true],
    ['summary_ar', p.summary_ar, false],
    ['summary_en', p.summary_en, false],
    ...(p.place_names ?? []).map((n): [MatchField, string, boolean] => ['place_name', n, true]),
    ...p.sources.flatMap((s): [MatchField, string, boolean][] => (s.quote_ar ? [['quote', s.quote_ar, false]] : [])),
  ];
  const parts: MatchPart[] = [];
  const add = (field: MatchField, text: string, name: boolean) => {
    const { ranges, words } = text ? explainText(text, c, name) : { ranges: [], words: [] };
    if (ranges.length) parts.push({ field, text, ranges, words });
    return ranges.length > 0;
  };
  for (const [field, text, name] of fields) add(field, text, name);
  // Labels the query names, of the codes this operation has: the label itself, else the variant that matched.
  const named = [...c.named, ...c.spans.map((s) => s.named)].flatMap((n) => n?.entries ?? []);
  for (const e of new Set(named)) {
    if (!codesOf(p, e.kind).includes(e.code)) continue;
    const en = add(e.kind, e.en, true);
    if (!add(e.kind, e.ar, true) && !en) e.variants.some((v) => add(e.kind, v, true));
  }
  return parts;
}
