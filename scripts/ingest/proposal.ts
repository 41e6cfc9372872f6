/**
 * Turns one grouped operation into a proposal: place (or a governorate fallback), type and secondary types by
 * cue weight, actors, outcomes (the most specific count stated), the quote, and a confidence per field.
 */
import type { Confidence, LocationPrecision } from '../../src/domain/operation-schema';
import type { EventDate } from './event-date';
import type { OpEvent } from './events';
import { coarser, type ResolvedSpan } from './geocode';
import type { Lexicons } from './lexicon';
import type { Mention } from './mentions';
import { OUTCOME_KINDS, sumHits, type OutcomeKind } from './outcomes';
import type { PlaceIndex } from './places';
import { placeIdentity } from './events';
import type { FieldEvidence, Note, Proposal, Range } from './types';

const LEVEL: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const lowest = (...cs: Confidence[]) => cs.reduce((a, b) => (LEVEL[b] < LEVEL[a] ? b : a));
const fe = (x: { text: string; start: number; end: number }, note?: string): FieldEvidence => ({
  text: x.text,
  start: x.start,
  end: x.end,
  ...(note ? { note } : {}),
});
/** Mentions whose words count for the operation itself (a follow-up sentence counts only with participation). */
const own = (m: Mention) => m.kind === 'op' || m.kind === 'similar';

function placeFields(e: OpEvent, idx: PlaceIndex) {
  const spans = e.place
    ? e.mentions.flatMap((m) => m.places.filter((p) => placeIdentity(p) === placeIdentity(e.place!)))
    : [];
  const p: ResolvedSpan | null = e.place;
  const evidence = spans.map((s) =>
    fe({ ...s.span, text: s.span.surface }, [s.method ?? s.span.method, ...s.notes].join('; ')),
  );
  const named = p
    ? p.within
      ? `${p.within.sub}، ${p.within.town}`
      : p.span.qualifier
        ? `${p.span.surface} ${p.span.qualifier}`
        : p.span.surface
    : null;
  if (p?.place) {
    const precision = spans.reduce<LocationPrecision>((acc, s) => coarser(acc, s.precision), p.precision);
    const confidence = spans.reduce<Confidence>(
      (a, s) => (LEVEL[s.confidence] > LEVEL[a] ? s.confidence : a),
      p.confidence,
    );
    const { place } = p;
    return {
      place_ar: named,
      place_en: place.name_en,
      place_id: place.id,
      lon: place.lon,
      lat: place.lat,
      governorate: place.admin1_iso,
      location_precision: precision,
      confidence,
      evidence,
      notes: p.notes,
    };
  }
  const gov = idx.governorates.get(p?.gov ?? e.govs[0] ?? '');
  const notes = [...(p?.notes ?? []), gov ? `only the governorate is certain: ${gov.name_en}` : 'no place found'];
  if (!gov)
    return {
      place_ar: named,
      place_en: null,
      place_id: null,
      lon: null,
      lat: null,
      governorate: null,
      location_precision: 'region' as const,
      confidence: 'low' as const,
      evidence,
      notes,
    };
  const govEvidence = e.mentions
    .flatMap((m) => m.places.filter((s) => s.span.govIso === gov.iso))
    .map((s) => fe({ ...s.span, text: s.span.surface }, 'governorate'));
  return {
    place_ar: named ?? gov.name_ar,
    place_en: gov.name_en,
    place_id: gov.point.id,
    lon: gov.point.lon,
    lat: gov.point.lat,
    governorate: gov.iso,
    location_precision: 'governorate' as const,
    confidence: (named ? 'low' : 'medium') as Confidence,
    evidence: [...evidence, ...govEvidence],
    notes,
  };
}

function typeFields(e: OpEvent, lex: Lexicons) {
  const score = new Map<string, number>();
  const evidence: FieldEvidence[] = [];
  for (const m of e.mentions) {
    for (const t of m.types) {
      score.set(t.type, (score.get(t.type) ?? 0) + t.weight);
      evidence.push(fe(t, `${t.type} +${t.weight}`));
    }
  }
  for (const kind of new Set(e.mentions.flatMap((m) => m.outcomes.map((o) => o.kind))))
    for (const [type, w] of Object.entries(lex.typesFile.outcome_weights[kind] ?? {})) {
      score.set(type, (score.get(type) ?? 0) + w);
      evidence.push({ text: kind, start: -1, end: -1, note: `${type} +${w} (outcome)` });
    }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { type: lex.typesFile.default, secondary: [], confidence: 'low' as Confidence, evidence };
  const margin = ranked[0][1] - (ranked[1]?.[1] ?? 0);
  const secondary = ranked
    .slice(1)
    .filter(([, s]) => s >= 2)
    .map(([t]) => t);
  return {
    type: ranked[0][0],
    secondary,
    confidence: (margin >= 2 ? 'high' : margin >= 1 ? 'medium' : 'low') as Confidence,
    evidence,
  };
}

function actorFields(e: OpEvent, all: Mention[]) {
  const direct = e.mentions.filter(own).flatMap((m) => m.actors);
  const joined = e.mentions.filter((m) => !own(m) && m.participation).flatMap((m) => m.actors);
  const ids = [...new Set([...direct, ...joined].map((a) => a.id))];
  const evidence = [...direct, ...joined].map((a) => fe(a, a.id));
  if (ids.length)
    return {
      actors: ids,
      confidence: (joined.every((j) => direct.some((d) => d.id === j.id)) ? 'high' : 'medium') as Confidence,
      evidence,
    };
  const counts = new Map<string, number>();
  for (const a of all.flatMap((m) => m.actors)) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return { actors: top ? [top[0]] : [], confidence: 'low' as Confidence, evidence };
}

function outcomeFields(e: OpEvent) {
  const out = {} as Record<OutcomeKind, Range | null>;
  const evidence: FieldEvidence[] = [];
  for (const kind of OUTCOME_KINDS) {
    const perSentence = e.mentions.map((m) => sumHits(m.outcomes, kind)).filter((c) => c !== null);
    const numeric = perSentence.filter((c) => c.min !== null).sort((a, b) => b.min! - a.min!);
    const best = numeric[0] ?? perSentence[0] ?? null;
    out[kind] = best && { min: best.min, max: best.max };
    for (const m of e.mentions)
      for (const o of m.outcomes)
        if (o.kind === kind) evidence.push({ text: sliceOf(m, o), start: o.start, end: o.end, note: kind });
  }
  return { ...out, evidence };
}

const sliceOf = (m: Mention, o: { start: number; end: number }) =>
  m.s.text.slice(o.start - m.s.start, o.end - m.s.start);

export function buildProposal(e: OpEvent, date: EventDate, all: Mention[], idx: PlaceIndex, lex: Lexicons): Proposal {
  const place = placeFields(e, idx);
  const type = typeFields(e, lex);
  const actors = actorFields(e, all);
  const outcomes = outcomeFields(e);
  const creators = e.mentions.filter(own);
  const explicit = creators.filter((m) => m.airborne === 'explicit');
  const hasPlace = (m: Mention) => !!e.place && m.places.some((p) => placeIdentity(p) === placeIdentity(e.place!));
  const quoted =
    creators.find((m) => hasPlace(m) && m.airborne === 'explicit') ??
    creators.find(hasPlace) ??
    e.mentions.find(hasPlace) ??
    creators[0];
  const quote = (quoted ?? e.mentions[0]).s.text;
  const airborne = e.mentions.flatMap((m) =>
    m.cues
      .filter(
        (c) => (own(m) && ['airborne', 'weak_airborne', 'similar'].includes(c.category)) || c.category === 'aircraft',
      )
      .map((c) => fe(c, c.category)),
  );
  const notes: Note[] = [
    ...date.notes.map((text) => ({ field: 'date' as const, text })),
    ...place.notes.map((text) => ({ field: 'place' as const, text })),
  ];
  if (!explicit.length)
    notes.push({
      field: 'airborne',
      text: 'the article does not explicitly describe a landing or airdrop for this operation',
    });
  const targets = e.mentions.flatMap((m) => m.targets);
  return {
    date: date.date,
    date_end: date.date_end,
    date_precision: date.precision,
    date_expression: date.expression,
    place_ar: place.place_ar,
    place_en: place.place_en,
    place_id: place.place_id,
    lon: place.lon,
    lat: place.lat,
    governorate: place.governorate,
    location_precision: place.location_precision,
    type: type.type,
    secondary_types: type.secondary,
    actors: actors.actors,
    target: targets[0] ?? null,
    killed: outcomes.killed,
    captured: outcomes.captured,
    freed: outcomes.freed,
    evacuated: outcomes.evacuated,
    quote_ar: quote,
    airborne_explicit: explicit.length > 0,
    confidence: {
      date: date.confidence,
      place: place.confidence,
      type: type.confidence,
      actors: actors.confidence,
      overall: lowest(date.confidence, place.confidence, explicit.length ? 'high' : 'medium'),
    },
    evidence: {
      date: date.evidence,
      place: place.evidence,
      type: type.evidence,
      actors: actors.evidence,
      outcomes: outcomes.evidence,
      airborne,
      sentences: e.mentions.map((m) => fe(m.s, m.kind)),
      notes,
    },
  };
}

/** Should this operation be proposed? Explicit or presumed landings, "similar" operations, or aircraft taking part. */
export function isAirborneOperation(e: OpEvent): boolean {
  return e.mentions.some((m) => m.airborne !== null || m.kind === 'similar' || m.aircraft);
}
