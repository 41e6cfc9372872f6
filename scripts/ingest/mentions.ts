/**
 * Reads one sentence as an operation mention: what kind of sentence it is (a new operation, "a similar
 * operation", a reference back, generic talk, a non-airborne event, or context), whether a landing is explicit,
 * and the type cues, actors, dates, outcomes and places it contributes. Clauses about strikes, shelling or
 * convoys contribute nothing.
 */
import type { DateExpr } from './dates';
import { findDates } from './dates';
import type { ResolvedSpan } from './geocode';
import type { Lexicons, OpCategory } from './lexicon';
import { findPhrases, type PhraseMatch } from './matcher';
import { findOutcomes, type OutcomeHit } from './outcomes';
import type { Sentence } from './segment';

export type MentionKind = 'op' | 'similar' | 'anaphor' | 'context' | 'generic' | 'non-airborne';

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface Mention {
  s: Sentence;
  kind: MentionKind;
  /** 'explicit' landing words, 'presumed' (hedged landing of an aircraft), or null. */
  airborne: 'explicit' | 'presumed' | null;
  aircraft: boolean;
  cues: (Evidence & { category: OpCategory })[];
  types: (Evidence & { type: string; weight: number })[];
  actors: (Evidence & { id: string })[];
  targets: string[];
  participation: boolean;
  dates: DateExpr[];
  outcomes: OutcomeHit[];
  places: ResolvedSpan[];
  /** Token index of the first operation cue (places after it are preferred). */
  cueAt: number;
  /** "عمليتي إنزال …": the sentence tells two operations, one per place. */
  dual: boolean;
}

const ev = (s: Sentence, m: { from: number; to: number }, source: string): Evidence => {
  const start = s.tokens[m.from].start;
  const end = s.tokens[m.to - 1].end;
  return { text: source.slice(start, end), start, end };
};

export function analyzeSentence(
  s: Sentence,
  source: string,
  spans: ResolvedSpan[],
  lex: Lexicons,
  dates: DateExpr[] = findDates(s.tokens, source, lex.dates, lex.numbers),
): Mention {
  const ops = findPhrases(s.tokens, lex.ops);
  const nonAirClauses = new Set(ops.filter((m) => m.value === 'non_airborne').map((m) => s.clause[m.from]));
  // Only an explicit landing saves a clause that also tells a strike or an accident ("هبطت … هبوطاً اضطرارياً").
  const airClauses = new Set(ops.filter((m) => m.value === 'airborne').map((m) => s.clause[m.from]));
  const excluded = (i: number) => nonAirClauses.has(s.clause[i]) && !airClauses.has(s.clause[i]);
  const live = ops.filter((m) => !excluded(m.from));
  const has = (c: OpCategory) => live.some((m) => m.value === c);
  const hedges = findPhrases(s.tokens, lex.hedges);
  const weak = live.filter((m) => m.value === 'weak_airborne');
  const hedged = weak.length > 0 && weak.every((w) => hedges.some((h) => h.from < w.from));
  // "عمليات إنزال عدة، كان آخرها في 19 آب": the recalled operation is a landing when the generic talk is of landings.
  const recall = !has('similar') && has('generic') && recalled(s, lex, dates);
  const genericLanding = recall && live.some((m) => m.value === 'generic' && m.source.includes('انزال'));
  const airborne =
    has('airborne') || genericLanding ? 'explicit' : weak.length ? (hedged ? 'presumed' : 'explicit') : null;
  const strong = has('airborne') || has('operation') || has('similar') || (weak.length > 0 && has('aircraft'));
  let kind: MentionKind;
  if (has('similar')) kind = 'similar';
  else if (strong) kind = 'op';
  else if (recall) kind = 'op';
  else if (has('anaphora')) kind = 'anaphor';
  else if (has('generic')) kind = 'generic';
  else if (ops.some((m) => m.value === 'non_airborne')) kind = 'non-airborne';
  else kind = 'context';

  const actorHits = findPhrases(s.tokens, lex.actors).filter((m) => !excluded(m.from));
  const participation = actorHits.some((m) => m.value.kind === 'participation');
  const against = (m: PhraseMatch<unknown>) =>
    actorHits.some((a) => a.value.kind === 'against' && (a.to === m.from || a.to === m.from - 1));
  const actors = actorHits.flatMap((m) =>
    m.value.kind === 'actor' && !against(m) ? [{ ...ev(s, m, source), id: m.value.id }] : [],
  );
  const targets = actorHits.flatMap((m) => (m.value.kind === 'target' ? [m.value.id] : []));
  const types = findPhrases(s.tokens, lex.types)
    .filter((m) => !excluded(m.from))
    .map((m) => ({ ...ev(s, m, source), ...m.value }));
  const firstCue = live.find((m) => m.value !== 'aircraft' && m.value !== 'generic');
  return {
    s,
    kind,
    airborne,
    aircraft: has('aircraft'),
    cues: live.map((m) => ({ ...ev(s, m, source), category: m.value })),
    types,
    actors,
    targets,
    participation,
    dates: dates.filter((d) => d.from < 0 || !excluded(d.from)),
    outcomes: findOutcomes(s.tokens, lex.numbers).filter((o) => {
      const i = s.tokens.findIndex((t) => t.start >= o.start);
      return i < 0 || !excluded(i);
    }),
    places: spans.filter((p) => !excluded(p.span.from)),
    cueAt: firstCue ? firstCue.from : 0,
    dual: findPhrases(s.tokens, lex.dual).length > 0,
  };
}

/** "عمليات إنزال عدة، كان آخرها في 19 آب الماضي …": generic talk that names one dated operation of its own. */
function recalled(s: Sentence, lex: Lexicons, dates: DateExpr[]): boolean {
  const at = findPhrases(s.tokens, lex.recall)[0];
  return !!at && dates.some((d) => d.from > at.from && (d.day !== undefined || d.weekday !== undefined));
}

/** The place the sentence says the operation happened at: the first named place after the operation cue. */
export function primaryPlace(m: Mention): ResolvedSpan | null {
  const all = m.places.filter((p) => !p.span.govIso && !p.span.secondary);
  // A sub-place the gazetteer cannot place ("شارع الوحدة") yields to a place it can.
  const vague = (p: ResolvedSpan) => !p.place && p.span.method === 'unknown' && p.span.cue?.precision === 'near';
  const named = all.some((p) => !vague(p)) ? all.filter((p) => !vague(p)) : all;
  return named.find((p) => p.span.from >= m.cueAt) ?? named[named.length - 1] ?? null;
}

/** Governorates the sentence names or places in. */
export function mentionGovs(m: Mention): string[] {
  return [...new Set(m.places.filter((p) => !p.span.secondary && p.gov).map((p) => p.gov!))];
}
