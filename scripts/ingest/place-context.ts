/**
 * The words around a place name, read for the geocoder: cue words (قرية، بلدة …) and the precision they imply,
 * "near"/"between" markers, markers of places that are not the operation's ("من أبناء"), directions
 * ("غرب مدينة X", "ريف X الشرقي", "شمال شرقي محافظة X"), a distance ("على بعد 25 كلم") and a qualifier the
 * match did not cover ("الفوقاني"). Also the locative test for one-word names without a cue.
 */
import { normalizeArabic } from '../../src/domain/arabic';
import type { LocationPrecision } from '../../src/domain/operation-schema';
import type { NumbersLexicon, PlacesLexicon } from './lexicon';
import { phrase, type Phrase, type PhraseMatch } from './matcher';
import { parseNumberAt } from './numbers';
import type { PlaceSpan, RawMatch } from './place-types';
import { dropArticle, type Token } from './tokens';

export type Ctx = 'cue' | 'near' | 'secondary' | 'between' | 'dir' | 'qualifier' | 'unit';
export interface SpanTables {
  ctx: Phrase<{ kind: Ctx; word: string; value: number | string }>[];
  stop: Set<string>;
  locatives: Set<string>;
  /** First words of names that are not names by themselves (أبو، تل، عين …). */
  heads: Set<string>;
}
const cache = new WeakMap<PlacesLexicon, SpanTables>();

export function spanTables(lex: PlacesLexicon): SpanTables {
  const hit = cache.get(lex);
  if (hit) return hit;
  const p = (kind: Ctx, list: string[], value: (w: string) => number | string = () => 0, prio = 0) =>
    list.map((w) => phrase(w, { kind, word: w, value: value(w) }, prio));
  const t: SpanTables = {
    ctx: [
      ...p('secondary', lex.secondary_markers, () => 0, 6),
      ...p('near', lex.near_markers, () => 0, 5),
      ...p('dir', Object.keys(lex.directions), (w) => lex.directions[w], 4),
      ...p('cue', Object.keys(lex.cues), (w) => lex.cues[w], 3),
      ...p('between', lex.between, () => 0, 2),
      ...p('qualifier', lex.qualifiers, () => 0, 1),
      ...p('unit', lex.distance_units, () => 0, 0),
    ],
    stop: new Set(lex.stopwords.map((w) => dropArticle(normalizeArabic(w)))),
    locatives: new Set(lex.locatives.map((w) => normalizeArabic(w))),
    heads: new Set(lex.name_heads.map((w) => dropArticle(normalizeArabic(w)))),
  };
  cache.set(lex, t);
  return t;
}

/** Drops `n` leading letters (not marks) from a word as written. */
function dropLetters(text: string, n: number): string {
  let i = 0;
  while (n > 0 && i < text.length) {
    i++;
    while (i < text.length && /[\p{M}\u0640]/u.test(text[i])) i++;
    n--;
  }
  return text.slice(i);
}

/** Is the one-word name at `i` in a locative position ("في X", "قرب X", "بالX", or a short heading line)? */
export function locative(tokens: Token[], i: number, form: string, t: SpanTables): boolean {
  if (tokens.length <= 3) return true;
  const prefix = tokens[i].norm.slice(0, tokens[i].norm.length - form.length);
  if (/[بل]$/.test(prefix) && form.startsWith('ال')) return true;
  const prev = tokens[i - 1];
  return !!prev && prev.forms.some((f) => t.locatives.has(f));
}

/** A match with its context: surface as written, cue, markers, direction constraints, distance, qualifier. */
export function describeSpan(
  raw: RawMatch,
  cueMatch: PhraseMatch<{ kind: Ctx; word: string; value: number | string }> | undefined,
  tokens: Token[],
  source: string,
  ctx: PhraseMatch<{ kind: Ctx; word: string; value: number | string }>[],
  nl: NumbersLexicon,
): Omit<PlaceSpan, 'uncued'> {
  const first = tokens[raw.from];
  const strip = first.norm.length - raw.form.length;
  const firstWord = dropLetters(first.text, strip);
  const surfaceStart = first.end - firstWord.length;
  const end = tokens[raw.to - 1].end;
  const surface = [firstWord, ...tokens.slice(raw.from + 1, raw.to).map((x) => x.text)].join(' ');
  const head = cueMatch ? cueMatch.from : raw.from;
  const lookBack = (kind: Ctx, from = head, gap = kind === 'secondary' || kind === 'dir' ? 0 : 1) =>
    ctx.find((c) => c.value.kind === kind && c.to <= from && c.to >= from - gap);
  const after = ctx.find((c) => c.from === raw.to);
  const dirBefore = lookBack('dir');
  const span: Omit<PlaceSpan, 'uncued'> = {
    from: raw.from,
    to: raw.to,
    start: surfaceStart,
    end,
    surface,
    key: raw.key,
    method: raw.method,
    candidates: raw.candidates,
    govIso: raw.govIso,
    cue: cueMatch ? { word: cueMatch.value.word, precision: cueMatch.value.value as LocationPrecision } : undefined,
    near: !!lookBack('near'),
    secondary: !!lookBack('secondary'),
    // "بين X و Y": X right after بين, or Y (written with و) one or two words later.
    between:
      !!lookBack('between') ||
      (/^و/.test(first.norm) && ctx.some((c) => c.value.kind === 'between' && c.to >= head - 3 && c.to < head)),
    countryside: cueMatch?.value.value === 'governorate' && /ريف/.test(cueMatch.value.word),
    qualifier:
      after?.value.kind === 'qualifier'
        ? tokens
            .slice(after.from, after.to)
            .map((x) => x.text)
            .join(' ')
        : undefined,
  };
  if (lookBack('cue', head)?.value.word === 'ريف') span.countryside = true;
  if (dirBefore && !(dirBefore.from > 0 && /ريف/.test(tokens[dirBefore.from - 1].norm))) {
    const area = cueMatch?.value.word === 'محافظة' || first.bare.includes('محافظه');
    span.dirOfPrevious = {
      dir: dirBefore.value.value as number,
      area,
      text: source.slice(tokens[dirBefore.from].start, end),
    };
  }
  // "الريف الشرقي لدير الزور" (direction between ريف and the name) or "ريف دير الزور الشرقي" (after it).
  if (dirBefore && dirBefore.from > 0 && /ريف/.test(tokens[dirBefore.from - 1].norm)) {
    span.countrysideDir = {
      dir: dirBefore.value.value as number,
      text: source.slice(tokens[dirBefore.from - 1].start, end),
    };
    span.countryside = true;
  } else if (span.countryside && after?.value.kind === 'dir')
    span.countrysideDir = {
      dir: after.value.value as number,
      text: source.slice(span.start, tokens[after.to - 1].end),
    };
  if (span.countryside && after?.value.kind === 'qualifier') span.qualifier = undefined;
  span.distanceKm = distanceAfter(tokens, raw.to, ctx, nl);
  return span;
}

/** "على بعد (نحو) 25 كلم" within a few words after a place. */
function distanceAfter(
  tokens: Token[],
  from: number,
  ctx: PhraseMatch<{ kind: Ctx; word: string; value: number | string }>[],
  nl: NumbersLexicon,
): number | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (!tokens[k].bare.includes('بعد')) continue;
    const at = tokens[k + 1]?.bare.some((f) => f === 'نحو' || f === 'حوالي') ? k + 2 : k + 1;
    const n = parseNumberAt(tokens, at, nl);
    if (n && ctx.some((c) => c.value.kind === 'unit' && c.from === n.to)) return n.value;
  }
  return undefined;
}
