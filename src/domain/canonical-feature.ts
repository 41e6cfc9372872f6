/**
 * The fast path of checking an imported feature: true only for a feature that `importedFeature` (zod) accepts
 * and returns unchanged, so that the checked feature is the parsed object itself. A feature that fails here is
 * not refused: it goes through zod, which fills in defaults, strips unknown keys and names what is wrong.
 *
 * Two halves:
 * - the structure: Ajv's code generated ahead of time from the JSON Schema zod derives from the schema
 *   (scripts/gen-canonical-feature.ts), about eight times faster than zod on a file's features;
 * - the schema's refinements, which JSON Schema cannot say: real calendar dates, one kind of evidence per source.
 *   A unit test fails when the schema gains a refinement that is not checked here.
 */
import { validate } from './generated/canonical-feature.js';
import { hasOneKindOfEvidence, isRealDate, type OperationFeature } from './operation-schema';

const realOrNull = (d: string | null) => d === null || isRealDate(d);

export function isCanonicalFeature(candidate: unknown): candidate is OperationFeature {
  if (!validate(candidate)) return false;
  const p = (candidate as OperationFeature).properties;
  return (
    isRealDate(p.date) &&
    realOrNull(p.date_end) &&
    p.date_alternatives.every((a) => isRealDate(a.date) && realOrNull(a.date_end)) &&
    p.sources.every((s) => isRealDate(s.published) && realOrNull(s.published_end) && hasOneKindOfEvidence(s)) &&
    // zod's record leaves a `__proto__` key out; JSON.parse makes it an ordinary key.
    !Object.prototype.hasOwnProperty.call(p.outcome_notes, '__proto__')
  );
}
