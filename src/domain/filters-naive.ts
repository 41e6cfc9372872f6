/**
 * The straightforward filter, the reference the columnar engine (filter-engine.ts) is tested and benchmarked
 * against: `matches` states the filtering rules once, operation by operation. Not used by the app (every panel
 * filters through the engine), so it stays out of the page's code.
 */
import { CORROBORATED, corroborationOf } from './corroboration';
import type { FacetKey, Filters } from './filter-state';
import type { OperationFeature } from './operation-schema';
import { matchesQuery } from './search';
import { vocabularyOf, type SearchVocabulary } from './search-vocabulary';
import { inArea, inNear } from './spatial-geometry';

const end = (op: OperationFeature) => op.properties.date_end ?? op.properties.date;
// Stryker disable next-line ConditionalExpression: `matches` calls a test only when the key has values, so the empty case is checked twice
const anyOf = <T>(wanted: T[], have: T[]) => wanted.length === 0 || have.some((h) => wanted.includes(h));

function yearsOf(op: OperationFeature): number[] {
  const a = Number(op.properties.date.slice(0, 4));
  const b = Number(end(op).slice(0, 4));
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const tests: Record<FacetKey, (op: OperationFeature, values: string[]) => boolean> = {
  years: (op, v) => anyOf(v.map(Number), yearsOf(op)),
  actors: (op, v) => anyOf(v, op.properties.actors),
  // Stryker disable next-line ArrayDeclaration: an operation without a target matches no target id, whatever placeholder stands for it
  targets: (op, v) => anyOf(v, op.properties.target ? [op.properties.target] : []),
  types: (op, v) => anyOf(v, [op.properties.type, ...op.properties.secondary_types]),
  gov: (op, v) => anyOf(v, [op.properties.governorate]),
  prec: (op, v) => anyOf(v, [op.properties.location_precision]),
  conf: (op, v) => anyOf(v, [op.properties.confidence]),
};

/** Whether `op` passes every filter except the facet `skip` (taxonomy labels searchable with `vocabulary`). */
export function matches(op: OperationFeature, f: Filters, skip?: FacetKey, vocabulary?: SearchVocabulary): boolean {
  if (f.from && end(op) < f.from) return false;
  if (f.to && op.properties.date > f.to) return false;
  if (f.airborne && !op.properties.airborne_explicit) return false;
  if (f.corr && corroborationOf(op.properties) < CORROBORATED) return false;
  if (f.area && !inArea(op.geometry.coordinates, f.area)) return false;
  if (f.near && !inNear(op.geometry.coordinates, f.near)) return false;
  for (const key of Object.keys(tests) as FacetKey[]) {
    if (key === skip) continue;
    const values = (f[key] as (string | number)[]).map(String);
    if (values.length && !tests[key](op, values)) return false;
  }
  return matchesQuery(op, f.q, vocabulary);
}

/** The straightforward filter: the reference the engine is tested and benchmarked against. */
export function filterOperationsNaive(ops: OperationFeature[], f: Filters): OperationFeature[] {
  const vocabulary = vocabularyOf(ops);
  return ops.filter((op) => matches(op, f, undefined, vocabulary));
}
