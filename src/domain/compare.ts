/**
 * Comparing two periods (pure): period A is the view's own time range; period B (`vs=FROM..TO`) applies every
 * other filter with its own range. B is a second query through the one filtering path, with the time fields
 * replaced; the two results merge into rows that say which period each operation is in (A, B or both: a span
 * may reach into both, and the ranges may overlap).
 */
import { addDays, daysBetween } from './dates';
import type { Filters } from './filter-state';
import { dimValues } from './filter-engine';
import { filterOperations } from './filters';
import type { OperationFeature } from './operation-schema';
import type { DateRange } from './period';

export { periodA, type DateRange } from './period';
export type PeriodMark = 'A' | 'B' | 'both';

/** The filters of period B: the view's filters with the time fields replaced by B's range. */
export function periodBFilters(f: Filters, b: DateRange): Filters {
  return { ...f, from: b.from, to: b.to, years: [] };
}

/** The operations of period B, in date order. */
export function filterPeriodB(ops: OperationFeature[], f: Filters, b: DateRange): OperationFeature[] {
  return filterOperations(ops, periodBFilters(f, b));
}

/**
 * The period of the same length that ends the day before `a` starts: as many calendar months when `a` is whole
 * months (a year before 2021 is 2020, leap day included), else as many days.
 */
export function previousPeriod(a: DateRange): DateRange {
  const to = addDays(a.from, -1);
  const month = (iso: string) => +iso.slice(0, 4) * 12 + +iso.slice(5, 7) - 1;
  if (a.from.endsWith('-01') && addDays(a.to, 1).endsWith('-01')) {
    const start = month(a.from) - (month(a.to) - month(a.from) + 1);
    return { from: `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}-01`, to };
  }
  return { from: addDays(a.from, -(daysBetween(a.from, a.to) + 1)), to };
}

export interface PeriodRow {
  op: OperationFeature;
  period: PeriodMark;
}

/** The union of A and B in date order (then id), each operation once with the period(s) it is in. */
export function unionByPeriod(a: readonly OperationFeature[], b: readonly OperationFeature[]): PeriodRow[] {
  const inB = new Set(b.map((o) => o.id));
  const inA = new Set(a.map((o) => o.id));
  const rows: PeriodRow[] = a.map((op) => ({ op, period: inB.has(op.id) ? 'both' : 'A' }));
  for (const op of b) if (!inA.has(op.id)) rows.push({ op, period: 'B' });
  return rows.sort(
    (x, y) =>
      x.op.properties.date.localeCompare(y.op.properties.date) || String(x.op.id).localeCompare(String(y.op.id)),
  );
}

/** Operation id → its period mark, for the map and the exports. */
export function periodMarks(rows: readonly PeriodRow[]): Map<string, PeriodMark> {
  return new Map(rows.map((r) => [String(r.op.id), r.period]));
}

/**
 * Per type: how many operations of A and of B have it, counted as the type filter counts (main and secondary
 * types); types with none in either are left out; the most first.
 */
export function typeCounts(a: OperationFeature[], b: OperationFeature[]) {
  const rows = new Map<string, { key: string; A: number; B: number }>();
  const add = (ops: OperationFeature[], k: 'A' | 'B') => {
    for (const op of ops)
      for (const type of new Set(dimValues(op, 'types'))) {
        const row = rows.get(type) ?? rows.set(type, { key: type, A: 0, B: 0 }).get(type)!;
        row[k]++;
      }
  };
  add(a, 'A');
  add(b, 'B');
  return [...rows.values()].sort((x, y) => y.A + y.B - (x.A + x.B) || x.key.localeCompare(y.key));
}
