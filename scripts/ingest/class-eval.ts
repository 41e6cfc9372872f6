/**
 * Scores the ingest on the project's own test sentences for the six failure classes of issue 12
 * (`class-cases.yaml`): per class, how many cases came out whole, and the date, place, governorate and type
 * of each expected operation, plus candidate precision. Pure: the caller runs the ingest.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { distanceKm } from './geo';
import type { PlaceIndex } from './places';
import type { Proposal } from './types';

const expectedOp = z.object({
  date: z.string().nullable(),
  place: z.string().nullable(),
  governorate: z.string(),
  type: z.string(),
  place_ar_contains: z.string().optional(),
  airborne_explicit: z.boolean().optional(),
});
const classCase = z.object({
  class: z.number().int().min(1).max(6),
  name: z.string(),
  text: z.string(),
  published: z.string().nullable().optional(),
  ops: z.array(expectedOp),
});
const casesFile = z.object({ today: z.string(), cases: z.array(classCase) });
export type ExpectedOp = z.infer<typeof expectedOp>;
export type ClassCase = z.infer<typeof classCase>;

export function parseCases(yaml: string): { today: string; cases: ClassCase[] } {
  return casesFile.parse(parseYaml(yaml));
}

export const CHECKS = ['date', 'place', 'governorate', 'type'] as const;
type Check = (typeof CHECKS)[number];

export interface CaseResult {
  c: ClassCase;
  proposals: Proposal[];
  /** Per expected operation: the proposal matched to it (or null) and each check. */
  pairs: { op: ExpectedOp; p: Proposal | null; ok: Record<Check, boolean> }[];
  /** Every expected operation found with every check right, and nothing else proposed. */
  whole: boolean;
}

const dateOk = (op: ExpectedOp, p: Proposal) =>
  op.date === null
    ? p.date === null || p.confidence.date === 'low'
    : p.date === op.date || (!!p.date && !!p.date_end && op.date >= p.date && op.date <= p.date_end);

function placeOk(op: ExpectedOp, p: Proposal, idx: PlaceIndex): boolean {
  if (op.place_ar_contains && !p.place_ar?.includes(op.place_ar_contains)) return false;
  if (op.place === null) return p.location_precision === 'governorate' || p.location_precision === 'region';
  const want = idx.byId.get(op.place);
  if (p.place_id === op.place) return true;
  return !!want && p.lon !== null && p.lat !== null && distanceKm(want, { lon: p.lon, lat: p.lat }) <= 10;
}

function checks(op: ExpectedOp, p: Proposal, idx: PlaceIndex): Record<Check, boolean> {
  return {
    date: dateOk(op, p),
    place: placeOk(op, p, idx),
    governorate: p.governorate === op.governorate,
    type: p.type === op.type && (op.airborne_explicit === undefined || p.airborne_explicit === op.airborne_explicit),
  };
}

const weight = (ok: Record<Check, boolean>) => (ok.place ? 2 : 0) + (ok.governorate ? 1 : 0) + (ok.date ? 1 : 0);

export function scoreCase(c: ClassCase, proposals: Proposal[], idx: PlaceIndex): CaseResult {
  const options = c.ops.flatMap((op, oi) => proposals.map((p, pi) => ({ oi, pi, ok: checks(op, p, idx) })));
  options.sort((a, b) => weight(b.ok) - weight(a.ok) || a.pi - b.pi);
  const byOp = new Map<number, (typeof options)[number]>();
  const used = new Set<number>();
  for (const o of options) {
    if (byOp.has(o.oi) || used.has(o.pi) || !o.ok.governorate) continue;
    byOp.set(o.oi, o);
    used.add(o.pi);
  }
  const none = { date: false, place: false, governorate: false, type: false };
  const pairs = c.ops.map((op, oi) => {
    const o = byOp.get(oi);
    return { op, p: o ? proposals[o.pi] : null, ok: o ? o.ok : none };
  });
  const whole = proposals.length === c.ops.length && pairs.every((x) => CHECKS.every((k) => x.ok[k]));
  return { c, proposals, pairs, whole };
}

export interface ClassSummary {
  cls: number;
  cases: number;
  whole: number;
  checks: Record<Check, { ok: number; of: number }>;
  proposals: number;
  matched: number;
}

export function summarizeClasses(results: CaseResult[]): ClassSummary[] {
  const classes = [...new Set(results.map((r) => r.c.class))].sort((a, b) => a - b);
  return classes.map((cls) => {
    const mine = results.filter((r) => r.c.class === cls);
    const pairs = mine.flatMap((r) => r.pairs);
    const tally = (k: Check) => ({ ok: pairs.filter((x) => x.ok[k]).length, of: pairs.length });
    return {
      cls,
      cases: mine.length,
      whole: mine.filter((r) => r.whole).length,
      checks: { date: tally('date'), place: tally('place'), governorate: tally('governorate'), type: tally('type') },
      proposals: mine.reduce((n, r) => n + r.proposals.length, 0),
      matched: pairs.filter((x) => x.p).length,
    };
  });
}

const pct = (x: { ok: number; of: number }) => (x.of ? `${Math.round((100 * x.ok) / x.of)}%` : '–').padStart(5);

/** The per-class table `npm run eval:ingest` prints (and the README shows). */
export function formatClassTable(results: CaseResult[]): string {
  const rows = summarizeClasses(results).map(
    (s) =>
      `  ${String(s.cls).padEnd(6)}${`${s.whole}/${s.cases}`.padStart(6)}  ` +
      CHECKS.map((k) => pct(s.checks[k])).join(' ') +
      `  ${pct({ ok: s.matched, of: s.proposals })}`,
  );
  const failed = results
    .filter((r) => !r.whole)
    .map((r) => `  ✗ class ${r.c.class}: ${r.c.name} (${r.proposals.length} proposed)`);
  return [
    'Per failure class (scripts/ingest/class-cases.yaml, own test sentences):',
    '  class  whole   date place   gov  type  precision',
    ...rows,
    ...failed,
  ].join('\n');
}
