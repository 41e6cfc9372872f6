/**
 * Period B of a comparison (`vs=FROM..TO`): a second query with every filter but time and B's own range, and
 * the union of A and B with each operation's period, for the map, the counts, the charts and the exports.
 */
import { useMemo } from 'react';
import type { DateRange, PeriodRow } from '../../domain/compare';
import { noFilters, type Filters } from '../../domain/filter-state';
import type { OperationFeature } from '../../domain/operation-schema';
import { useModule } from '../lazy/use-module';

// The comparison's code loads with the first `vs=` (while the data loads, for a link that has it).
const loadCompare = () => import('../../domain/compare');

export interface Comparison {
  /** Period A (the view's own time range, its ends filled from the data) and B. */
  a: DateRange;
  range: DateRange;
  /** B's operations, in date order. */
  b: OperationFeature[];
  /** A ∪ B in date order, each with its period. */
  rows: PeriodRow[];
  marks: Map<string, 'A' | 'B' | 'both'>;
}

const NONE: OperationFeature[] = [];

export function useCompare(
  all: OperationFeature[] | undefined,
  filters: Filters,
  vs: DateRange | null,
  a: OperationFeature[],
  aRange: DateRange,
): Comparison | null {
  const ops = all ?? NONE;
  const code = useModule(vs ? loadCompare : null);
  // Memo keys hold values: camera, selection or A's time range recompute nothing here.
  const { actors, targets, types, gov, prec, conf, airborne, corr, q, area, near } = filters;
  const key = JSON.stringify({ actors, targets, types, gov, prec, conf, airborne, corr, q, area, near, vs });
  const b = useMemo(() => {
    const k = JSON.parse(key) as Filters & { vs: DateRange | null };
    return k.vs && code ? code.filterPeriodB(ops, { ...noFilters, ...k }, k.vs) : null;
  }, [ops, key, code]);
  const [from, to] = [vs?.from, vs?.to];
  const [aFrom, aTo] = [aRange.from, aRange.to];
  return useMemo(() => {
    if (!b || !from || !to || !code) return null;
    const rows = code.unionByPeriod(a, b);
    return { a: { from: aFrom, to: aTo }, range: { from, to }, b, rows, marks: code.periodMarks(rows) };
  }, [a, b, from, to, aFrom, aTo, code]);
}
