/**
 * Scores proposals against curated records (pure). Proposals are matched one-to-one to curated records of the
 * same article by place and date proximity; each matched pair is then checked field by field: governorate,
 * date (inside the curated span or equal to a reported alternative), place (same gazetteer place or within
 * 10 km), type, actors (same set), and — for information — airborne_explicit, location precision and outcomes.
 */
import { daysBetween } from '../../src/domain/dates';
import type { OperationRecord } from '../../src/domain/operation-schema';
import { distanceKm } from './geo';
import type { PlaceIndex } from './places';
import type { Proposal, Range } from './types';

export const FIELDS = ['governorate', 'date', 'place', 'type', 'actors'] as const;
export const EXTRA = ['airborne', 'precision', 'outcomes'] as const;
export type Field = (typeof FIELDS)[number] | (typeof EXTRA)[number];

export interface PairResult {
  curated: OperationRecord;
  proposal: Proposal | null;
  ok: Partial<Record<Field, boolean>>;
  distanceKm: number | null;
}

export interface ArticleResult {
  article: string;
  proposals: Proposal[];
  pairs: PairResult[];
  unmatched: Proposal[];
}

/** Is `date` inside the curated span, or one of the dates other sources report? */
export function dateMatches(date: string | null, c: OperationRecord): boolean {
  if (!date) return false;
  const within = (d: string, end: string | null) => date >= d && date <= (end ?? d);
  return within(c.date, c.date_end) || c.date_alternatives.some((a) => within(a.date, a.date_end));
}

function distance(p: Proposal, c: OperationRecord, idx: PlaceIndex): number | null {
  const place = idx.byId.get(c.place);
  return place && p.lon !== null && p.lat !== null ? distanceKm(place, { lon: p.lon, lat: p.lat }) : null;
}

function pairScore(p: Proposal, c: OperationRecord, idx: PlaceIndex): number {
  const d = distance(p, c, idx);
  const gov = idx.byId.get(c.place)?.admin1_iso;
  const place = p.place_id === c.place ? 3 : d !== null && d <= 10 ? 2.5 : d !== null && d <= 50 ? 1 : 0;
  const sameGov = p.governorate !== null && p.governorate === gov ? 0.5 : 0;
  const near = p.date && Math.abs(daysBetween(p.date, c.date)) <= 3 ? 1 : 0;
  const date = dateMatches(p.date, c) ? 2 : near;
  return sameGov > 0 ? place + sameGov + date : 0;
}

const sameRange = (a: Range | null, b: { min: number | null; max: number | null } | null) =>
  (a === null && b === null) || (!!a && !!b && a.min === b.min && a.max === b.max);

function fieldResults(p: Proposal, c: OperationRecord, idx: PlaceIndex): PairResult['ok'] {
  const d = distance(p, c, idx);
  const gov = idx.byId.get(c.place)?.admin1_iso;
  const actors = [...p.actors].sort().join(',') === [...c.actors].sort().join(',');
  return {
    governorate: p.governorate === gov,
    date: dateMatches(p.date, c),
    place: p.place_id === c.place || (d !== null && d <= 10),
    type: p.type === c.type,
    actors,
    airborne: p.airborne_explicit === c.airborne_explicit,
    precision: p.location_precision === c.location_precision,
    outcomes: (['killed', 'captured', 'freed', 'evacuated'] as const).every((k) => sameRange(p[k], c[k])),
  };
}

/** Greedy one-to-one matching by score (ties broken by reading order). */
export function scoreArticle(
  article: string,
  proposals: Proposal[],
  curated: OperationRecord[],
  idx: PlaceIndex,
): ArticleResult {
  const options = curated.flatMap((c, ci) => proposals.map((p, pi) => ({ ci, pi, s: pairScore(p, c, idx) })));
  options.sort((a, b) => b.s - a.s || a.pi - b.pi);
  const byCurated = new Map<number, number>();
  const used = new Set<number>();
  for (const o of options) {
    if (o.s < 1.5 || byCurated.has(o.ci) || used.has(o.pi)) continue;
    byCurated.set(o.ci, o.pi);
    used.add(o.pi);
  }
  const pairs = curated.map((c, ci): PairResult => {
    const pi = byCurated.get(ci);
    const p = pi === undefined ? null : proposals[pi];
    return {
      curated: c,
      proposal: p,
      ok: p ? fieldResults(p, c, idx) : {},
      distanceKm: p ? distance(p, c, idx) : null,
    };
  });
  return { article, proposals, pairs, unmatched: proposals.filter((_, i) => !used.has(i)) };
}

export interface Summary {
  curated: number;
  proposals: number;
  matched: number;
  precision: number;
  recall: number;
  /** Per field: correct among matched pairs, and correct among all curated records (unmatched = wrong). */
  fields: Record<Field, { correct: number; ofMatched: number; ofCurated: number }>;
}

export function summarize(results: ArticleResult[]): Summary {
  const pairs = results.flatMap((r) => r.pairs);
  const matched = pairs.filter((p) => p.proposal);
  const proposals = results.reduce((n, r) => n + r.proposals.length, 0);
  const fields = {} as Summary['fields'];
  for (const f of [...FIELDS, ...EXTRA]) {
    const correct = matched.filter((p) => p.ok[f]).length;
    fields[f] = {
      correct,
      ofMatched: matched.length ? correct / matched.length : 0,
      ofCurated: pairs.length ? correct / pairs.length : 0,
    };
  }
  return {
    curated: pairs.length,
    proposals,
    matched: matched.length,
    precision: proposals ? matched.length / proposals : 0,
    recall: pairs.length ? matched.length / pairs.length : 0,
    fields,
  };
}
