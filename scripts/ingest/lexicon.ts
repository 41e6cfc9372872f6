/**
 * The ingest lexicons (`data/lexicons/*.yaml`): their schema, validation and compilation into phrase lists.
 * Pure: takes the YAML texts, returns compiled lexicons or throws an error naming the file and the field.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { formatIssues } from '../../src/domain/format-issues';
import { phrase, type Phrase } from './matcher';

const words = z.array(z.string().min(1));
const precision = z.enum(['exact', 'village', 'near', 'subdistrict', 'governorate', 'region']);

const operationsFile = z.object({
  airborne: words,
  weak_airborne: words,
  operation: words,
  similar: words,
  anaphora: words,
  aircraft: words,
  generic: words,
  non_airborne: words,
  hedges: words,
  clause_markers: words,
  recall: words,
  dual: words,
});
const typesFile = z.object({
  default: z.string(),
  outcome_weights: z.record(z.string(), z.record(z.string(), z.number())),
  types: z.record(z.string(), z.array(z.object({ cue: z.string(), weight: z.number() }))),
});
const actorsFile = z.object({
  actors: z.record(z.string(), words),
  not_actors: words,
  targets: z.record(z.string(), words),
  against: words,
  participation: words,
});
const numbersFile = z.object({
  units: z.record(z.string(), z.number().int()),
  teen_suffix: words,
  tens: z.record(z.string(), z.number().int()),
  hundreds: z.record(z.string(), z.number().int()),
  at_least_after: words,
  at_least_before: words,
  more_than: words,
  approximately: words,
  range_or: words,
  several: words,
  persons: z.array(z.object({ singular: z.string(), plural: words })),
  outcomes: z.object({ killed: words, captured: words, freed: words, evacuated: words }),
  negation: words,
  list_joiners: words,
});
const datesFile = z.object({
  months: z.record(z.string(), words),
  weekdays: z.record(z.string(), words),
  month_current: words,
  month_past: words,
  weekday_past: words,
  times_of_day: words,
  relative_days: z.array(z.object({ phrase: z.string(), offset: z.number().int() })),
  ago: words,
  ago_units: z.record(z.string(), z.number()),
  ago_hours: words,
  relative_months: z.array(z.object({ phrase: z.string(), offset: z.number().int() })),
  month_parts: words,
});
const placesFile = z.object({
  cues: z.record(z.string(), precision),
  near_markers: words,
  distance_units: words,
  distance_precision: z.array(z.object({ km: z.number(), precision })),
  between: words,
  directions: z.record(z.string(), z.number()),
  qualifiers: words,
  secondary_markers: words,
  locatives: words,
  stopwords: words,
  name_heads: words,
});

export type NumbersLexicon = z.infer<typeof numbersFile>;
export type DatesLexicon = z.infer<typeof datesFile>;
export type PlacesLexicon = z.infer<typeof placesFile>;
export type TypesLexicon = z.infer<typeof typesFile>;

/** Categories of operation cues, in tie-break order (earlier wins on equal length). */
export const OP_CATEGORIES = [
  'generic',
  'similar',
  'anaphora',
  'airborne',
  'operation',
  'weak_airborne',
  'aircraft',
  'non_airborne',
] as const;
export type OpCategory = (typeof OP_CATEGORIES)[number];

export type ActorCue =
  | { kind: 'actor'; id: string }
  | { kind: 'target'; id: string }
  | { kind: 'not-actor' }
  | { kind: 'against' }
  | { kind: 'participation' };

export interface Lexicons {
  ops: Phrase<OpCategory>[];
  hedges: Phrase<true>[];
  clauseMarkers: Phrase<true>[];
  recall: Phrase<true>[];
  dual: Phrase<true>[];
  types: Phrase<{ type: string; weight: number }>[];
  typesFile: TypesLexicon;
  actors: Phrase<ActorCue>[];
  numbers: NumbersLexicon;
  dates: DatesLexicon;
  places: PlacesLexicon;
}

export const LEXICON_FILES = ['operations', 'types', 'actors', 'numbers', 'dates', 'places'] as const;
export type LexiconTexts = Record<(typeof LEXICON_FILES)[number], string>;

function load<T>(name: string, text: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (e) {
    throw new Error(`data/lexicons/${name}.yaml: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`data/lexicons/${name}.yaml: ${formatIssues(r.error).join('; ')}`);
  return r.data;
}

export function compileLexicons(texts: LexiconTexts): Lexicons {
  const ops = load('operations', texts.operations, operationsFile);
  const types = load('types', texts.types, typesFile);
  const actors = load('actors', texts.actors, actorsFile);
  const opPhrases = OP_CATEGORIES.flatMap((cat, i) => ops[cat].map((p) => phrase(p, cat, OP_CATEGORIES.length - i)));
  const actorPhrases: Phrase<ActorCue>[] = [
    ...actors.not_actors.map((p) => phrase<ActorCue>(p, { kind: 'not-actor' }, 5)),
    ...Object.entries(actors.actors).flatMap(([id, ps]) =>
      ps.map((p) => phrase<ActorCue>(p, { kind: 'actor', id }, 3)),
    ),
    ...Object.entries(actors.targets).flatMap(([id, ps]) =>
      ps.map((p) => phrase<ActorCue>(p, { kind: 'target', id }, 2)),
    ),
    ...actors.against.map((p) => phrase<ActorCue>(p, { kind: 'against' }, 1)),
    ...actors.participation.map((p) => phrase<ActorCue>(p, { kind: 'participation' }, 0)),
  ];
  return {
    ops: opPhrases,
    hedges: ops.hedges.map((p) => phrase(p, true as const)),
    clauseMarkers: ops.clause_markers.map((p) => phrase(p, true as const)),
    recall: ops.recall.map((p) => phrase(p, true as const)),
    dual: ops.dual.map((p) => phrase(p, true as const)),
    types: Object.entries(types.types).flatMap(([type, cues]) =>
      cues.map((c) => phrase(c.cue, { type, weight: c.weight }, c.weight)),
    ),
    typesFile: types,
    actors: actorPhrases,
    numbers: load('numbers', texts.numbers, numbersFile),
    dates: load('dates', texts.dates, datesFile),
    places: load('places', texts.places, placesFile),
  };
}
