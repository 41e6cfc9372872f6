/**
 * The charts' rows, counted through the filter engine (`crossTab`). Each chart leaves its own filter key out
 * (cross-filtering), so clicking a bar keeps the other bars visible; `selected` marks the values in that key.
 * Every bar counts what filtering on it gives: the engine's chart columns and its filter bitsets share one
 * definition of an operation's values (`dimValues`).
 */
import { actorSetKey } from '../../domain/filter-engine';
import type { FacetKey, Filters } from '../../domain/filter-state';
import { crossTab } from '../../domain/filters';
import { noFilters } from '../../domain/filter-state';
import type { OperationFeature } from '../../domain/operation-schema';

export interface CategoryRow {
  key: string;
  count: number;
  selected: boolean;
}

/** How many actor combinations get their own colour; rarer ones share "other combinations". */
export const MAX_SERIES = 7;
export const OTHER_SERIES = 'other';

/** One stack segment: an actor combination (or the rest), with a stable data key `s0`, `s1`, … */
export interface YearSeries {
  id: string;
  /** The combination's actor ids, sorted; empty for the "other combinations" series. */
  actors: string[];
}

export interface YearRow {
  key: string;
  /** Operations in that year: the height of the whole stack. */
  total: number;
  selected: boolean;
  [series: string]: string | number | boolean;
}

const selectedOf = (f: Filters, key: FacetKey) => new Set((f[key] as (string | number)[]).map(String));

/**
 * One row per value of `key` with its count under every filter except `key`. `order` lists the values always
 * shown (a taxonomy, even at zero); other values appear when they count something or are selected, by count.
 */
export function categoryRows(
  all: OperationFeature[],
  f: Filters,
  key: 'types' | 'gov',
  order: string[] = [],
): CategoryRow[] {
  const counts = new Map(crossTab(all, f, key, null, key).map((r) => [r.key, r.counts.count]));
  const selected = selectedOf(f, key);
  const fixed = order.map((k) => ({ key: k, count: counts.get(k) ?? 0, selected: selected.has(k) }));
  const rest = [...new Set([...counts.keys(), ...selected])]
    .filter((k) => !order.includes(k))
    .map((k) => ({ key: k, count: counts.get(k) ?? 0, selected: selected.has(k) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return [...fixed, ...rest];
}

/**
 * The actor combinations of the whole dataset, most frequent first (stable colours while filtering); beyond
 * `MAX_SERIES` the rest share one series.
 */
export function yearSeries(all: OperationFeature[]): { series: YearSeries[]; seriesOf: Map<string, string> } {
  const combos = crossTab(all, noFilters, 'actorSet', null)
    .sort((a, b) => b.counts.count - a.counts.count || a.key.localeCompare(b.key))
    .map((r) => r.key);
  const own = combos.length > MAX_SERIES ? combos.slice(0, MAX_SERIES - 1) : combos;
  const series: YearSeries[] = own.map((c, i) => ({ id: `s${i}`, actors: c.split('+') }));
  const seriesOf = new Map(own.map((c, i) => [c, `s${i}`]));
  if (own.length < combos.length) series.push({ id: OTHER_SERIES, actors: [] });
  return { series, seriesOf };
}

/** Years covered by the dataset, limited to the time range; every year between the first and last, even empty. */
function yearSpan(all: OperationFeature[], f: Filters): string[] {
  const years = crossTab(all, noFilters, 'years', null).map((r) => Number(r.key));
  if (!years.length) return [];
  const lo = Math.max(Math.min(...years), f.from ? Number(f.from.slice(0, 4)) : -Infinity);
  const hi = Math.min(Math.max(...years), f.to ? Number(f.to.slice(0, 4)) : Infinity);
  return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => String(lo + i));
}

/** Operations per year (all filters but `years`), stacked by actor combination: each stack sums to its total. */
export function yearRows(all: OperationFeature[], f: Filters): { rows: YearRow[]; series: YearSeries[] } {
  const { series, seriesOf } = yearSeries(all);
  const byYear = new Map(crossTab(all, f, 'years', 'actorSet', 'years').map((r) => [r.key, r.counts]));
  const selected = selectedOf(f, 'years');
  const rows = yearSpan(all, f).map((year) => {
    const row: YearRow = { key: year, total: 0, selected: selected.has(year) };
    for (const s of series) row[s.id] = 0;
    for (const [combo, c] of Object.entries(byYear.get(year) ?? {})) {
      const id = seriesOf.get(actorSetKey(combo.split('+'))) ?? OTHER_SERIES;
      row[id] = (row[id] as number) + c;
      row.total += c;
    }
    return row;
  });
  return { rows, series };
}
