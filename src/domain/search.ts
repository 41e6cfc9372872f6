/**
 * Free-text search over titles, summaries, places (with the gazetteer's other names) and quotes, in both
 * scripts. Every word of the query must match (AND), in one of these ways, cheapest first:
 * 1. as part of a normalised word (`searchTokens`: alef/ya/ta-marbuta folding, ال and و/ب/ل/ف stripped);
 *    an English plural also as its singular (hostages → hostage);
 * 2. by naming a type, actor, target or governorate the operation has (`search-vocabulary.ts`);
 * 3. Arabic: as a whole stem (`inflection.ts`: رهينة / رهينتين / رهائن), or, written without spaces, inside
 *    the text without spaces (ديرالزور / دير الزور);
 * 4. Latin: by transliteration key (`transliterate.ts`: Shuhail / Shahil), alone or together with its
 *    neighbours as one phrase (Deir Ezzor / Deir ez-Zor / Dayr al-Zawr).
 * The query is compiled once per query string (not per operation); each operation's forms are cached.
 */
import { normalizeArabic, stripArabicPrefix } from './arabic';
import { arabicStem } from './inflection';
import type { OperationFeature } from './operation-schema';
import { MAX_RUN, SearchIndex } from './search-index';
import { codesOf, type CodeKind, type SearchVocabulary, type VocabularyEntry } from './search-vocabulary';
import { foldWords, latinKey, latinWords, usableKey } from './transliterate';

/** One query word in the forms it can match. */
export interface Term {
  token: string;
  alt: string | null;
  stem: string | null;
  compact: string | null;
  fold: string | null;
}

/** Labels a word (or phrase) names, and their codes by kind for a quick test. */
export interface Named {
  entries: VocabularyEntry[];
  codes: Map<CodeKind, Set<string>>;
}

/** Neighbouring Latin words read as one name. */
export interface Span {
  from: number;
  to: number;
  key: string;
  named: Named | null;
}

export interface CompiledQuery {
  terms: Term[];
  named: (Named | null)[];
  spans: Span[];
  test(op: OperationFeature): boolean;
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const LATIN_WORD = /^[a-z]+$/;

/** "hostages" → "hostage", "casualties" → "casualty"; null when nothing changes. */
function singular(w: string): string | null {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return null;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.slice(0, -1);
}

export function makeTerm(raw: string): Term {
  const token = stripArabicPrefix(raw);
  const arabic = ARABIC_WORD.test(token);
  const latin = LATIN_WORD.test(raw);
  return {
    token,
    alt: latin ? singular(raw) : null,
    stem: arabic && token.length >= 3 ? arabicStem(token) : null,
    // Only words long enough to be two run together (ديرالزور): shorter ones would meet across word boundaries.
    compact: arabic && token.length >= 6 ? raw : null,
    fold: latin ? usableKey(latinKey(raw)) : null,
  };
}

/** Whether a document matches one word without the vocabulary (ways 1, 3 and 4 above, word alone). */
export function termMatches(index: SearchIndex, t: Term): boolean {
  return (
    index.plain.includes(t.token) ||
    (t.alt !== null && index.plain.includes(t.alt)) ||
    (t.stem !== null && index.stems.includes(` ${t.stem} `)) ||
    (t.fold !== null && index.folds.includes(` ${t.fold} `)) ||
    (t.compact !== null && index.compact.includes(t.compact))
  );
}

function named(vocabulary: SearchVocabulary | undefined, hit: (e: VocabularyEntry) => boolean): Named | null {
  const entries = vocabulary?.entries.filter(hit) ?? [];
  if (!entries.length) return null;
  const codes = new Map<CodeKind, Set<string>>();
  for (const e of entries) (codes.get(e.kind) ?? codes.set(e.kind, new Set()).get(e.kind)!).add(e.code);
  return { entries, codes };
}

function hasCode(op: OperationFeature, n: Named | null): boolean {
  if (!n) return false;
  for (const [kind, set] of n.codes) if (codesOf(op.properties, kind).some((c) => set.has(c))) return true;
  return false;
}

const indexes = new WeakMap<OperationFeature, SearchIndex>();

/** The searchable forms of an operation (cached per feature). */
export function operationIndex(op: OperationFeature): SearchIndex {
  let index = indexes.get(op);
  if (!index) {
    const p = op.properties;
    index = new SearchIndex({
      texts: [p.title_ar, p.title_en, p.summary_ar, p.summary_en, ...p.sources.flatMap((s) => s.quote_ar ?? [])],
      names: [p.place_ar, p.place_en, ...(p.place_names ?? [])],
    });
    indexes.set(op, index);
  }
  return index;
}

/** The normalised words of a query (before prefix stripping). */
export const queryWords = (q: string) =>
  normalizeArabic(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function compileQuery(q: string, vocabulary?: SearchVocabulary): CompiledQuery {
  const words = queryWords(q);
  const terms = words.map(makeTerm);
  const namedBy = terms.map((t) => named(vocabulary, (e) => termMatches(e.index, t)));
  const spans: Span[] = [];
  for (let a = 0; a < words.length; a++)
    for (let b = a + 1; b < Math.min(words.length, a + MAX_RUN); b++) {
      if (!LATIN_WORD.test(words[b]) || !LATIN_WORD.test(words[a])) break;
      const key = usableKey(foldWords(latinWords(words.slice(a, b + 1).join(' '))));
      if (key) spans.push({ from: a, to: b, key, named: named(vocabulary, (e) => e.index.folds.includes(` ${key} `)) });
    }

  function test(op: OperationFeature): boolean {
    let index: SearchIndex | null = null;
    // Words already matched as part of a phrase (a bit per word; phrases only reach the first 31 words).
    let covered = 0;
    for (let i = 0; i < terms.length; i++) {
      if (i < 31 && covered & (1 << i)) continue;
      index ??= operationIndex(op);
      if (termMatches(index, terms[i]) || hasCode(op, namedBy[i])) continue;
      const span = spans.find(
        (s) => s.from <= i && i <= s.to && (index!.folds.includes(` ${s.key} `) || hasCode(op, s.named)),
      );
      if (!span) return false;
      for (let j = span.from; j <= span.to && j < 31; j++) covered |= 1 << j;
    }
    return true;
  }

  return { terms, named: namedBy, spans, test };
}

let last: { q: string; vocabulary?: SearchVocabulary; compiled: CompiledQuery } | null = null;

/** `compileQuery`, remembering the last query (the filters ask for the same one many times in a row). */
export function compiledQuery(q: string, vocabulary?: SearchVocabulary): CompiledQuery {
  if (last?.q !== q || last.vocabulary !== vocabulary) last = { q, vocabulary, compiled: compileQuery(q, vocabulary) };
  return last.compiled;
}

/** Every word of `q` matches the operation (see the module comment); an empty query matches everything. */
export function matchesQuery(op: OperationFeature, q: string, vocabulary?: SearchVocabulary): boolean {
  return compiledQuery(q, vocabulary).test(op);
}
