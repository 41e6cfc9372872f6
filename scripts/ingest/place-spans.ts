/**
 * Finds place names in one sentence: longest gazetteer match over 1–4 words (first word with or without attached
 * و/ب/ل-style letters), governorate names, and — only after a cue word (قرية، بلدة …) — spelling variants,
 * partial names and unknown names. The context of each match is read by place-context.ts.
 */
import { findPhrases } from './matcher';
import type { NumbersLexicon, PlacesLexicon } from './lexicon';
import { describeSpan, locative, spanTables, type SpanTables } from './place-context';
import { arabicLatinKey } from './latin-key';
import { foldBo, skeletonKey, type KeyHit, type PlaceIndex } from './places';
import { dropArticle, type Token } from './tokens';
import type { Candidate, MatchMethod, PlaceSpan, RawMatch } from './place-types';

export type { Candidate, MatchMethod, PlaceSpan } from './place-types';

const tag = (hits: KeyHit[], method: MatchMethod): Candidate[] => hits.map((h) => ({ ...h, method }));

/** Spelling variants and partial names of one word (only after a cue word). */
function fuzzy(word: string, idx: PlaceIndex, t: SpanTables): Candidate[] {
  if (t.stop.has(word)) return [];
  const skel = word.length >= 3 ? (idx.bySkeleton.get(skeletonKey([word])) ?? []) : [];
  const last = idx.byLastWord.get(word) ?? [];
  return [
    ...skel.map((place): Candidate => ({ place, alt: true, method: 'skeleton' })),
    ...last.map((place): Candidate => ({ place, alt: true, method: 'last-word' })),
  ];
}

/**
 * The longest match at token `i` (governorate, exact, folded). After a cue word, a one-word name also gets its
 * spelling-variant and partial-name candidates, so that a wrong-governorate exact match cannot hide them.
 */
function matchAt(
  tokens: Token[],
  i: number,
  idx: PlaceIndex,
  t: SpanTables,
  cue: boolean,
  minLen = 1,
  settlement = false,
): RawMatch | null {
  for (let len = Math.min(4, tokens.length - i); len >= minLen; len--) {
    const rest = tokens.slice(i + 1, i + len).map((x) => dropArticle(x.norm));
    for (const form of tokens[i].forms) {
      const words = [dropArticle(form), ...rest];
      const key = words.join(' ');
      const base = { from: i, to: i + len, form, key };
      const gov = idx.govByKey.get(key);
      if (gov)
        return { ...base, method: 'governorate', candidates: tag(idx.byKey.get(key) ?? [], 'exact'), govIso: gov };
      // "قرية أبو حامضة": a name's first word (أبو، تل، عين …) is never a place by itself before another word.
      if (len === 1 && t.heads.has(words[0]) && i + 1 < tokens.length) continue;
      const ok = len > 1 || cue || (words[0].length > 3 && !t.stop.has(words[0]));
      const exact = ok ? tag(idx.byKey.get(key) ?? [], 'exact') : [];
      const boName = words.some((w) => w.startsWith('بو'));
      const folded = ok && boName ? tag(idx.byFolded.get(foldBo(words).join(' ')) ?? [], 'folded') : [];
      const latinOk = cue || (len === 1 && locative(tokens, i, form, t));
      const latinKey = latinOk && !exact.length && !folded.length && !t.stop.has(words[0]) ? arabicLatinKey(words) : '';
      const latin = latinKey
        ? (idx.byLatin.get(latinKey) ?? []).map((place): Candidate => ({ place, alt: true, method: 'latin' }))
        : [];
      if (!exact.length && !folded.length && !latin.length) continue;
      const found = [...exact, ...folded.filter((f) => !exact.some((e) => e.place.id === f.place.id)), ...latin];
      const extra =
        cue && len === 1 ? fuzzy(words[0], idx, t).filter((f) => !found.some((e) => e.place.id === f.place.id)) : [];
      return { ...base, method: found[0].method, candidates: [...found, ...extra] };
    }
  }
  if (!cue || minLen > 1) return null;
  const word = dropArticle(tokens[i].forms[0]);
  if (t.heads.has(word) && tokens[i + 1] && settlement)
    return {
      from: i,
      to: i + 2,
      form: tokens[i].forms[0],
      key: `${word} ${dropArticle(tokens[i + 1].norm)}`,
      method: 'unknown',
      candidates: [],
    };
  const candidates = fuzzy(word, idx, t);
  const base = { from: i, to: i + 1, form: tokens[i].forms[0], key: word };
  if (candidates.length) return { ...base, method: candidates[0].method, candidates };
  const nameLike = settlement && word.length >= 3 && !/^\d/.test(word) && !t.locatives.has(tokens[i].norm);
  return nameLike ? { ...base, method: 'unknown', candidates: [] } : null;
}

/** All place spans of a sentence, in order. `source` is the article text (for surfaces). */
export function findPlaceSpans(
  tokens: Token[],
  source: string,
  idx: PlaceIndex,
  lex: PlacesLexicon,
  nl: NumbersLexicon,
  licensed: Set<string> = new Set(),
  blocked: Set<number> = new Set(),
): PlaceSpan[] {
  const t = spanTables(lex);
  const ctx = findPhrases(tokens, t.ctx);
  const ctxEndingAt = (i: number) => ctx.find((c) => c.to === i);
  const ctxAt = (i: number) => ctx.find((c) => c.from === i);
  const out: PlaceSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked.has(i)) continue;
    const here = ctxAt(i);
    // A context word starts a place only as part of a longer name ("حقل العمر", "ريف دمشق").
    const minLen = here && here.value.kind !== 'qualifier' ? 2 : 1;
    const before = ctxEndingAt(i);
    const cueWord = before && tokens[before.to - 1];
    const articleLess = !!cueWord && !cueWord.forms.some((f) => f.startsWith('ال'));
    const cueMatch = before?.value.kind === 'cue' && articleLess ? before : undefined;
    const isLicensed = tokens[i].forms.some((f) => licensed.has(dropArticle(f)));
    const settlement =
      cueMatch?.value.value === 'village' ||
      cueMatch?.value.value === 'subdistrict' ||
      cueMatch?.value.value === 'near';
    const raw = matchAt(tokens, i, idx, t, !!cueMatch || isLicensed, minLen, settlement);
    if (!raw || [...Array(raw.to - raw.from).keys()].some((k) => blocked.has(i + k))) continue;
    const uncued = !cueMatch && !isLicensed;
    // A one-word governorate name after a compass word ("شمالي إدلب") is in a locative position too.
    const afterDir = raw.method === 'governorate' && before?.value.kind === 'dir';
    if (uncued && raw.to - raw.from === 1 && !afterDir && !locative(tokens, i, raw.form, t)) continue;
    out.push({ ...describeSpan(raw, cueMatch, tokens, source, ctx, nl), uncued });
    i = raw.to - 1;
  }
  return out;
}
