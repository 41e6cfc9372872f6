/**
 * The ingest's pure core: article text + options + gazetteer index + lexicons → proposed operations.
 * Pipeline: segment → place spans (twice: names licensed by a cue word anywhere may then match without one)
 * → geocode → read each sentence as a mention → group mentions into operations → date, place, type, actors,
 * outcomes per operation. No file system access here.
 */
import { articleAnchor } from './anchor';
import { findDates } from './dates';
import { eventDate, type EventDate } from './event-date';
import { groupMentions, placeIdentity, type OpEvent } from './events';
import { resolveSpans, type SentenceSpan } from './geocode';
import type { Lexicons } from './lexicon';
import { analyzeSentence } from './mentions';
import { findPlaceSpans } from './place-spans';
import type { PlaceIndex } from './places';
import { buildProposal, isAirborneOperation } from './proposal';
import { segment } from './segment';
import type { IngestOptions, Proposal } from './types';

/** Segments the text and resolves its place names (also used on its own by tests and debugging). */
export function geocodeText(text: string, idx: PlaceIndex, lex: Lexicons) {
  const sentences = segment(text, lex.clauseMarkers);
  const dates = sentences.map((s) => findDates(s.tokens, text, lex.dates, lex.numbers));
  // Words of a date ("تشرين", "أيار") are never place names.
  const blocked = dates.map(
    (ds) => new Set(ds.flatMap((d) => Array.from({ length: d.to - d.from }, (_, k) => d.from + k))),
  );
  const spansOf = (licensed: Set<string>) =>
    sentences.flatMap((s) =>
      findPlaceSpans(s.tokens, text, idx, lex.places, lex.numbers, licensed, blocked[s.index]).map(
        (span): SentenceSpan => ({ sentence: s.index, span }),
      ),
    );
  const first = spansOf(new Set());
  const licensed = new Set(first.filter((s) => s.span.cue && s.span.method !== 'governorate').map((s) => s.span.key));
  const resolved = resolveSpans(licensed.size ? spansOf(licensed) : first, idx, lex.places.distance_precision);
  return { sentences, dates, resolved };
}

export function ingest(text: string, opts: IngestOptions, idx: PlaceIndex, lex: Lexicons): Proposal[] {
  const { sentences, dates, resolved } = geocodeText(text, idx, lex);
  const mentions = sentences.map((s) =>
    analyzeSentence(
      s,
      text,
      resolved.filter((r) => r.sentence === s.index),
      lex,
      dates[s.index],
    ),
  );
  const events = groupMentions(mentions).filter(isAirborneOperation);
  const eventDates = new Map<OpEvent, EventDate>();
  const anchorOf = (sentence: number, token: number): string | null => {
    const named = resolved.find((r) => r.sentence === sentence && r.span.from >= token && r.span.from <= token + 2);
    const target = named && events.find((e) => e.place && placeIdentity(e.place) === placeIdentity(named));
    return (target && eventDates.get(target)?.date) ?? null;
  };
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const anchor = articleAnchor(opts.published, sentences, dates, today);
  for (const e of events) eventDates.set(e, eventDate(e, anchor, eventDates, anchorOf, today));
  return events.map((e) => buildProposal(e, eventDates.get(e)!, mentions, idx, lex));
}
