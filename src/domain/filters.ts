/**
 * The one filtering path: map, list, timeline and charts all derive from `filterOperations`. Keys intersect (AND);
 * values within a key are alternatives (OR). A span [date, date_end] matches a date range or a year when it
 * overlaps it. `facetCounts` gives each option's count with every other key applied (live counts).
 * `matches` (filters-naive.ts) states the rules once; the columnar engine (filter-engine.ts) implements them fast.
 */
import type { Dim } from './filter-engine';
import { engineFor } from './engine-cache';
import type { FacetKey, Filters } from './filter-state';
import type { UiLang } from './format';
import type { Meta } from './meta-schema';
import type { OperationFeature } from './operation-schema';

/** What every panel that shows and changes the filtered view receives (filters, list-free panels, charts). */
export interface FilteredViewProps {
  operations: OperationFeature[];
  meta: Meta;
  filters: Filters;
  lang: UiLang;
  onChange: (patch: Partial<Filters>, mode?: 'push' | 'replace') => void;
}

/** The matching operations in date order, through the columnar engine (built once per array). */
export function filterOperations(ops: OperationFeature[], f: Filters): OperationFeature[] {
  const engine = engineFor(ops);
  return Array.from(engine.query(f), (i) => engine.ops[i]);
}

/** For each option of `key`, how many operations match it together with all the other filters. */
export function facetCounts(
  ops: OperationFeature[],
  f: Filters,
  key: FacetKey,
  options: string[],
): Record<string, number> {
  return engineFor(ops).facet(f, key, options);
}

/**
 * Rows of `{ key, counts }` for a bar chart of the matching operations: one row per group value that has any,
 * sorted by key, one count per series value (`count` when there is no series). Group and series values are the
 * filter's own (`dimValues`), so a bar counts exactly what filtering on it gives. `skip` leaves one filter out:
 * a chart passes its own key, so its other bars stay visible (cross-filtering). Counted by the engine in a
 * reused buffer; only the rows are allocated.
 */
export function crossTab(
  ops: OperationFeature[],
  f: Filters,
  group: Dim,
  series: Dim | null,
  skip?: FacetKey,
): { key: string; counts: Record<string, number> }[] {
  const engine = engineFor(ops);
  const t = engine.tally(engine.query(f, skip), group, series);
  const width = t.series.length;
  const rows: { key: string; counts: Record<string, number> }[] = [];
  t.groups.forEach((key, g) => {
    if (!t.perGroup[g]) return;
    const counts: Record<string, number> = {};
    t.series.forEach((name, s) => {
      const c = t.counts[g * width + s];
      if (c) counts[name] = c;
    });
    rows.push({ key, counts });
  });
  return rows.sort((a, b) => a.key.localeCompare(b.key));
}

/** Toggles one value of a list filter (sorted, as the URL keeps it). */
export function toggle<T extends string | number>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value].sort();
}
