/**
 * Outcomes of an operation read from one sentence: killed, captured, freed, evacuated, each a count range.
 * An outcome verb takes the count after it ("مقتل اثنين"), joined counts ("إجلاء خبير … بالإضافة لثلاثة عناصر
 * … ورجل" → 5), or, with a pronoun ending or a passive, the count before it ("ثلاثة أو أربعة قادة … مقتلهم").
 * Negated verbs ("لم تسفر عن اعتقاله") are skipped.
 */
import { normalizeArabic } from '../../src/domain/arabic';
import type { NumbersLexicon } from './lexicon';
import { addCounts, numberTables, parseCountAt, type Count } from './numbers';
import type { Token } from './tokens';

export const OUTCOME_KINDS = ['killed', 'captured', 'freed', 'evacuated'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface OutcomeHit {
  kind: OutcomeKind;
  count: Count;
  /** Character offsets of verb + count in the source. */
  start: number;
  end: number;
}

const SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'هن'];
/** How far back (in words) a passive verb looks for its subject, and a pronoun ending for its antecedent. */
const LOOKBACK = 10;
const LOOKBACK_PRONOUN = 20;

interface VerbMatch {
  kind: OutcomeKind;
  end: number;
  suffixed: boolean;
}

const verbCache = new WeakMap<NumbersLexicon, { kind: OutcomeKind; words: string[] }[]>();
/** The outcome verbs of a lexicon, normalised once. */
function verbs(lex: NumbersLexicon) {
  let list = verbCache.get(lex);
  if (!list) {
    list = OUTCOME_KINDS.flatMap((kind) =>
      lex.outcomes[kind].map((v) => ({ kind, words: normalizeArabic(v).split(/\s+/) })),
    );
    verbCache.set(lex, list);
  }
  return list;
}

function verbAt(tokens: Token[], i: number, lex: NumbersLexicon): VerbMatch | null {
  for (const { kind, words } of verbs(lex)) {
    let suffixed = false;
    const ok = words.every((w, k) => {
      const t = tokens[i + k];
      if (!t) return false;
      if (t.all.has(w)) return true;
      const stem = w.endsWith('ه') ? `${w.slice(0, -1)}ت` : w;
      const last = k === words.length - 1 && t.forms.some((f) => SUFFIXES.some((s) => f === stem + s));
      suffixed ||= last;
      return last;
    });
    if (ok) return { kind, end: i + words.length, suffixed };
  }
  return null;
}

const hasWord = (t: Token | undefined, list: string[]) => !!t && list.some((w) => t.all.has(normalizeArabic(w)));

/** Counts of a sentence in reading order, for looking back from a verb. */
function countsIn(tokens: Token[], lex: NumbersLexicon): (Count & { person: boolean })[] {
  const tables = numberTables(lex);
  const isPerson = (t: Token | undefined) =>
    !!t && t.bare.some((f) => tables.singular.has(f) || tables.plural.has(f) || tables.dual.has(f));
  const out: (Count & { person: boolean })[] = [];
  for (let j = 0; j < tokens.length;) {
    const c = parseCountAt(tokens, j, lex);
    if (!c) {
      j++;
      continue;
    }
    out.push({ ...c, person: isPerson(tokens[c.to - 1]) || (c.min === 1 && c.to - c.from <= 2) });
    j = Math.max(c.to, j + 1);
  }
  return out;
}

export function findOutcomes(tokens: Token[], lex: NumbersLexicon): OutcomeHit[] {
  const hits: OutcomeHit[] = [];
  const counts = countsIn(tokens, lex);
  for (let i = 0; i < tokens.length; i++) {
    const v = verbAt(tokens, i, lex);
    if (!v) continue;
    const negated = tokens.slice(Math.max(0, i - 3), i).some((t) => hasWord(t, lex.negation));
    // "لتخليص عناصر", "لإجلاء عناصر": a purpose, not an outcome.
    const purpose = /^و?ل/.test(tokens[i].norm);
    if (negated || purpose || hasWord(tokens[i - 1], ['حملة'])) continue;
    let j = v.end;
    const nextVerb = tokens[j] && tokens[j].norm.startsWith('و') ? verbAt(tokens, j, lex) : null;
    if (nextVerb) j = nextVerb.end; // "اعتقال وقتل عدد من": both verbs share the count
    let count: Count | null = v.suffixed ? null : parseCountAt(tokens, j, lex);
    if (count) count = joinList(tokens, count, lex);
    const canLookBack =
      v.suffixed || (!tokens[i].norm.startsWith('و') && (v.kind === 'killed' || v.kind === 'captured'));
    if (!count && canLookBack) {
      const reach = v.suffixed ? LOOKBACK_PRONOUN : LOOKBACK;
      const before = counts.filter((c) => c.to <= i && c.to >= i - reach && c.person);
      count = before.filter((c) => c.min !== null).pop() ?? before.pop() ?? null;
    }
    if (!count) continue;
    const end = Math.max(count.to, v.end) - 1;
    hits.push({ kind: v.kind, count, start: tokens[Math.min(i, count.from)].start, end: tokens[end].end });
    i = Math.max(i, v.end - 1);
  }
  return hits;
}

/** Adds counts joined to the first one ("بالإضافة لثلاثة عناصر", "ورجل مدني") until the next outcome verb. */
function joinList(tokens: Token[], first: Count, lex: NumbersLexicon): Count {
  let total = first;
  for (let k = first.to; k < Math.min(tokens.length, first.to + 25); k++) {
    if (verbAt(tokens, k, lex)) break;
    const t = tokens[k];
    const joiner = lex.list_joiners.some((w) => w !== 'و' && t.bare.includes(normalizeArabic(w)));
    const at = joiner ? k + 1 : t.norm.startsWith('و') && t.norm.length > 2 ? k : -1;
    if (at < 0) continue;
    const c = parseCountAt(tokens, at, lex);
    if (!c || (c.min === null && at === k)) continue;
    total = addCounts(total, c);
    k = c.to - 1;
  }
  return total;
}

/** Sums the hits of one kind in one sentence (different groups: "مقتلهم … وقتل خمسة على الأقل"). */
export function sumHits(hits: OutcomeHit[], kind: OutcomeKind): Count | null {
  const mine = hits.filter((h) => h.kind === kind).map((h) => h.count);
  return mine.length ? mine.reduce(addCounts) : null;
}
