/**
 * Period A of a view (pure, small): what the timeline and the "Compare with…" control need at start, apart from
 * the comparison itself (domain/compare.ts), which loads only when comparing.
 */
import type { Filters } from './filter-state';

export interface DateRange {
  from: string;
  to: string;
}

/**
 * Period A as a date range: the typed range, else the chosen years' span, else the data's extent (each end
 * falling back to it).
 */
export function periodA(f: Pick<Filters, 'from' | 'to' | 'years'>, extent: DateRange): DateRange {
  const ys = [...f.years].sort((a, b) => a - b);
  const from = f.from ?? (ys.length ? `${ys[0]}-01-01` : extent.from);
  const to = f.to ?? (ys.length ? `${ys.at(-1)}-12-31` : extent.to);
  return { from, to };
}
