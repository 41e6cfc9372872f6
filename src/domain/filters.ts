/**
 * The one filtering path: map, list, timeline and charts all derive from `filterOperations`. Keys intersect (AND);
 * values within a key are alternatives (OR). A span [date, date_end] matches a date range or a year when it
 * overlaps it. `facetCounts` gives each option's count with every other key applied (live counts).
 */
import { searchTokens } from './arabic';
import type { OperationFeature } from './operation-schema';

export interface Filters {
  from: string | null;
  to: string | null;
  years: number[];
  actors: string[];
  targets: string[];
  types: string[];
  gov: string[];
  prec: string[];
  conf: string[];
  airborne: boolean;
  q: string;
}

export const noFilters: Filters = {
  from: null,
  to: null,
  years: [],
  actors: [],
  targets: [],
  types: [],
  gov: [],
  prec: [],
  conf: [],
  airborne: false,
  q: '',
};

export type FacetKey = 'years' | 'actors' | 'targets' | 'types' | 'gov' | 'prec' | 'conf';

const haystacks = new WeakMap<OperationFeature, string>();
/** Normalised tokens of titles, summaries, places and quotes, joined by spaces (cached per feature). */
function haystack(op: OperationFeature): string {
  let h = haystacks.get(op);
  if (h === undefined) {
    const p = op.properties;
    const text = [p.title_ar, p.title_en, p.summary_ar, p.summary_en, p.place_ar, p.place_en, ...p.sources.map((s) => s.quote_ar)];
    h = ` ${searchTokens(text.join(' ')).join(' ')} `;
    haystacks.set(op, h);
  }
  return h;
}

export function matchesQuery(op: OperationFeature, q: string): boolean {
  const tokens = searchTokens(q);
  if (!tokens.length) return true;
  const h = haystack(op);
  return tokens.every((t) => h.includes(t));
}

const end = (op: OperationFeature) => op.properties.date_end ?? op.properties.date;
const anyOf = <T>(wanted: T[], have: T[]) => wanted.length === 0 || have.some((h) => wanted.includes(h));

function yearsOf(op: OperationFeature): number[] {
  const a = Number(op.properties.date.slice(0, 4));
  const b = Number(end(op).slice(0, 4));
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const tests: Record<FacetKey, (op: OperationFeature, values: string[]) => boolean> = {
  years: (op, v) => anyOf(v.map(Number), yearsOf(op)),
  actors: (op, v) => anyOf(v, op.properties.actors),
  targets: (op, v) => anyOf(v, op.properties.target ? [op.properties.target] : []),
  types: (op, v) => anyOf(v, [op.properties.type, ...op.properties.secondary_types]),
  gov: (op, v) => anyOf(v, [op.properties.governorate]),
  prec: (op, v) => anyOf(v, [op.properties.location_precision]),
  conf: (op, v) => anyOf(v, [op.properties.confidence]),
};

/** Whether `op` passes every filter except the facet `skip`. */
export function matches(op: OperationFeature, f: Filters, skip?: FacetKey): boolean {
  if (f.from && end(op) < f.from) return false;
  if (f.to && op.properties.date > f.to) return false;
  if (f.airborne && !op.properties.airborne_explicit) return false;
  for (const key of Object.keys(tests) as FacetKey[]) {
    if (key === skip) continue;
    const values = (f[key] as (string | number)[]).map(String);
    if (values.length && !tests[key](op, values)) return false;
  }
  return matchesQuery(op, f.q);
}

export function filterOperations(ops: OperationFeature[], f: Filters): OperationFeature[] {
  return ops.filter((op) => matches(op, f));
}

/** For each option of `key`, how many operations match it together with all the other filters. */
export function facetCounts(ops: OperationFeature[], f: Filters, key: FacetKey, options: string[]): Record<string, number> {
  const rest = ops.filter((op) => matches(op, f, key));
  return Object.fromEntries(options.map((o) => [o, rest.filter((op) => tests[key](op, [o])).length]));
}

/** Toggles one value of a list filter (sorted, as the URL keeps it). */
export function toggle<T extends string | number>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value].sort();
}
