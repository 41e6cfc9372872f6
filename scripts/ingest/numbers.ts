/**
 * Counts in Arabic news text: digits, number words (units, teens, tens, hundreds), duals (رهينتين → 2),
 * ranges ("ثلاثة أو أربعة" → 3–4), open ranges ("خمسة على الأقل" → ≥ 5), singular person nouns (one person)
 * and unspecified counts ("عدد من" → unknown). Pure: tokens + the numbers lexicon → counts.
 */
import { normalizeArabic } from '../../src/domain/arabic';
import type { NumbersLexicon } from './lexicon';
import { findPhrases, matchAt, phrase, type Phrase } from './matcher';
import { dropArticle, type Token } from './tokens';

export interface Count {
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** Token range of the phrase, `to` exclusive. */
  from: number;
  to: number;
}

type Qualifier = 'at_least' | 'more_than' | 'approximately' | 'several' | 'or' | 'teen';

export interface NumberTables {
  values: Map<string, number>;
  tens: Set<string>;
  hundreds: Set<string>;
  singular: Set<string>;
  dual: Set<string>;
  plural: Set<string>;
  before: Phrase<Qualifier>[];
  after: Phrase<Qualifier>[];
}

const cache = new WeakMap<NumbersLexicon, NumberTables>();
const norm = (w: string) => dropArticle(normalizeArabic(w));

/** Lookup tables for a numbers lexicon (built once per lexicon object). */
export function numberTables(lex: NumbersLexicon): NumberTables {
  const hit = cache.get(lex);
  if (hit) return hit;
  const values = new Map<string, number>();
  for (const table of [lex.units, lex.tens, lex.hundreds])
    for (const [w, v] of Object.entries(table)) values.set(norm(w), v);
  const singular = new Set<string>();
  const dual = new Set<string>();
  const plural = new Set<string>();
  for (const p of lex.persons) {
    const s = norm(p.singular);
    singular.add(s);
    p.plural.forEach((w) => plural.add(norm(w)));
    if (s.endsWith('ي')) continue; // nisba: dual and plural are written alike
    const stem = s.endsWith('ه') ? `${s.slice(0, -1)}ت` : s;
    // A sound plural (محتجزين) is written like the dual: only unambiguous forms count as two.
    for (const d of [`${stem}ين`, `${stem}ان`]) if (!plural.has(d)) dual.add(d);
  }
  const tables: NumberTables = {
    values,
    tens: new Set(Object.keys(lex.tens).map(norm)),
    hundreds: new Set(Object.keys(lex.hundreds).map(norm)),
    singular,
    dual,
    plural,
    before: [
      ...lex.at_least_before.map((p) => phrase<Qualifier>(p, 'at_least')),
      ...lex.more_than.map((p) => phrase<Qualifier>(p, 'more_than')),
      ...lex.approximately.map((p) => phrase<Qualifier>(p, 'approximately')),
      ...lex.several.map((p) => phrase<Qualifier>(p, 'several')),
    ],
    after: [
      ...lex.at_least_after.map((p) => phrase<Qualifier>(p, 'at_least')),
      ...lex.range_or.map((p) => phrase<Qualifier>(p, 'or')),
      ...lex.teen_suffix.map((p) => phrase<Qualifier>(p, 'teen')),
    ],
  };
  cache.set(lex, tables);
  return tables;
}

const valueOf = (t: Token, tables: NumberTables): number | null => {
  if (/^\d{1,6}$/.test(t.norm)) return Number(t.norm);
  for (const f of t.bare) {
    const v = tables.values.get(f);
    if (v !== undefined) return v;
  }
  return null;
};

/** A number written in digits or words at token `i` ("خمسة وعشرون", "ثلاثة عشر", "مئتين"). */
export function parseNumberAt(tokens: Token[], i: number, lex: NumbersLexicon): { value: number; to: number } | null {
  const tables = numberTables(lex);
  const first = tokens[i] && valueOf(tokens[i], tables);
  if (first === null || first === undefined) return null;
  let value = first;
  let to = i + 1;
  const next = tokens[to];
  if (next && first < 10 && next.bare.some((f) => f === 'عشر' || f === 'عشره')) {
    value = 10 + first;
    to++;
  } else if (next && first < 10 && next.norm.startsWith('و') && next.bare.some((f) => tables.tens.has(f))) {
    value = first + (valueOf(next, tables) ?? 0);
    to++;
  } else if (next && first < 10 && next.bare.some((f) => f === 'مئه' || f === 'مائه')) {
    value = first * 100;
    to++;
  }
  return { value, to };
}

/** Is the token (or the token without an accusative ending: عنصراً → عنصر) in `set`? */
const isIn = (t: Token | undefined, set: Set<string>) =>
  !!t && t.bare.some((f) => set.has(f) || (f.length > 3 && f.endsWith('ا') && set.has(f.slice(0, -1))));

/** A count phrase starting at token `i`, or null. */
export function parseCountAt(tokens: Token[], i: number, lex: NumbersLexicon): Count | null {
  const tables = numberTables(lex);
  const from = i;
  let qualifier: Qualifier | null = null;
  for (const q of tables.before) {
    const end = matchAt(tokens, i, q.words);
    if (end > i) {
      qualifier = q.value;
      i = end;
      break;
    }
  }
  if (qualifier === 'several') return { min: null, max: null, approximate: false, from, to: i };
  const n = parseNumberAt(tokens, i, lex);
  if (!n) {
    if (qualifier) return null;
    const t = tokens[i];
    if (isIn(t, tables.dual)) return { min: 2, max: 2, approximate: false, from, to: i + 1 };
    if (isIn(t, tables.singular)) return { min: 1, max: 1, approximate: false, from, to: i + 1 };
    if (isIn(t, tables.plural)) return { min: null, max: null, approximate: false, from, to: i + 1 };
    return null;
  }
  let min: number | null = n.value;
  let max: number | null = n.value;
  let to = n.to;
  const orMatch = findPhrases(tokens, tables.after, to, Math.min(tokens.length, to + 2))[0];
  if (orMatch && orMatch.from === to && orMatch.value === 'or') {
    const second = parseNumberAt(tokens, orMatch.to, lex);
    if (second && second.value > n.value) {
      max = second.value;
      to = second.to;
    }
  }
  // An optional noun ("قادة", "عناصر") and then "على الأقل".
  for (const at of [to, to + 1]) {
    const m = findPhrases(tokens, tables.after, at, Math.min(tokens.length, at + 2))[0];
    if (m && m.from === at && m.value === 'at_least') {
      max = null;
      to = m.to;
      break;
    }
  }
  if (qualifier === 'at_least') max = null;
  if (qualifier === 'more_than') {
    min = n.value + 1;
    max = null;
  }
  if (isIn(tokens[to], tables.plural) || isIn(tokens[to], tables.singular)) to++;
  return { min, max, approximate: qualifier === 'approximately', from, to };
}

/** Adds two counts (two groups in one sentence): unknown parts make the sum open-ended. */
export function addCounts(a: Count, b: Count): Count {
  const min = a.min === null && b.min === null ? null : (a.min ?? 0) + (b.min ?? 0);
  const max = a.max === null || b.max === null ? null : a.max + b.max;
  return { min, max: min === null ? null : max, approximate: a.approximate || b.approximate, from: a.from, to: b.to };
}

/** Formats a count for reports: "2", "3–4", "≥ 5", "unknown". */
export function formatCount(c: { min: number | null; max: number | null }): string {
  if (c.min === null && c.max === null) return 'unknown';
  if (c.max === null) return `≥ ${c.min}`;
  if (c.min === c.max) return String(c.min);
  return `${c.min ?? '?'}–${c.max}`;
}
