/**
 * Aggregations for the timeline histogram and the charts, all over the already-filtered operations.
 * Outcome totals keep ranges honest: a sum of minima, and an open maximum when any operation's is open.
 */
import { binStart, nextBin, type Bin } from './dates';
import type { OperationFeature } from './operation-schema';

export interface HistogramBin {
  start: string;
  /** First day after the bin. */
  end: string;
  total: number;
  byType: Record<string, number>;
}

/** Operations per bin between `from` and `to` (inclusive), by their best-estimate date, stacked by type. */
export function histogram(ops: OperationFeature[], from: string, to: string, bin: Bin): HistogramBin[] {
  const bins: HistogramBin[] = [];
  const index = new Map<string, HistogramBin>();
  for (let s = binStart(from, bin); s <= to; s = nextBin(s, bin)) {
    const b = { start: s, end: nextBin(s, bin), total: 0, byType: {} };
    bins.push(b);
    index.set(s, b);
  }
  for (const op of ops) {
    const b = index.get(binStart(op.properties.date, bin));
    if (!b) continue;
    b.total++;
    b.byType[op.properties.type] = (b.byType[op.properties.type] ?? 0) + 1;
  }
  return bins;
}

/**
 * Rows of `{ key, [series]: count }` for a stacked bar chart: one row per group, one series per value. The
 * straightforward count over feature objects: the reference that the engine's `crossTab` is tested against.
 */
export function crossCount(
  ops: OperationFeature[],
  group: (op: OperationFeature) => string[],
  series: (op: OperationFeature) => string[],
): { key: string; counts: Record<string, number> }[] {
  const rows = new Map<string, Record<string, number>>();
  for (const op of ops)
    for (const g of group(op)) {
      const row = rows.get(g) ?? {};
      for (const s of series(op)) row[s] = (row[s] ?? 0) + 1;
      rows.set(g, row);
    }
  return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, counts]) => ({ key, counts }));
}

export interface OutcomeTotal {
  min: number;
  /** null when at least one contributing operation's maximum is open ("at least"). */
  max: number | null;
  /** How many operations state this outcome at all. */
  reported: number;
}

export const OUTCOME_KEYS = ['killed', 'captured', 'freed', 'evacuated'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export function outcomeTotals(ops: OperationFeature[]): Record<OutcomeKey, OutcomeTotal> {
  const out = {} as Record<OutcomeKey, OutcomeTotal>;
  for (const k of OUTCOME_KEYS) {
    let min = 0;
    let max: number | null = 0;
    let reported = 0;
    for (const op of ops) {
      const lo = op.properties[`${k}_min`];
      const hi = op.properties[`${k}_max`];
      if (lo === null && hi === null) continue;
      reported++;
      min += lo ?? 0;
      max = max === null || hi === null ? null : max + hi;
    }
    out[k] = { min, max, reported };
  }
  return out;
}
