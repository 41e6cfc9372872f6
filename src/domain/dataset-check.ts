/**
 * One check for every imported feature, GeoJSON or CSV: the operation schema plus the rules (dataset-rules),
 * merged into one issue per field, with fields and values named as the file has them.
 */
import { isCanonicalFeature } from './canonical-feature';
import { shownValue, type RowIssue } from './dataset-issues';
import { ruleIssues, type RuleContext } from './dataset-rules';
import { schemaIssues } from './dataset-schema-issues';
import { importedFeature, type OperationFeature } from './operation-schema';

export interface CheckOptions {
  /** Issues found while building the candidate (a CSV cell that is not a number); they come first. */
  pre?: RowIssue[];
  /** The file's name for a feature path (a CSV column for `properties.date`). */
  rename?: (path: string) => string;
  /** The raw text of a field as the file has it (a CSV cell), shown instead of the parsed value. */
  raw?: (field: string) => string | undefined;
}

const EMPTY_WHEN_BLANK = new Set(['wrongType', 'badFormat', 'notRealDate', 'notEqual', 'notOneOf']);

export function checkFeature(
  candidate: unknown,
  ctx: RuleContext,
  { pre = [], rename = (p) => p, raw = () => undefined }: CheckOptions = {},
): { feature: OperationFeature; issues: null } | { feature: null; issues: RowIssue[] } {
  // A feature already in the schema's output form is its own checked feature (the fast path, canonical-feature.ts).
  const parsed = isCanonicalFeature(candidate)
    ? ({ success: true, data: candidate } as const)
    : importedFeature.safeParse(candidate);
  // Rules before the schema: "SY-XX is not a governorate code (known: …)" says more than "not like SY-DY".
  const all = [
    ...pre,
    ...ruleIssues(candidate, ctx),
    ...(parsed.success ? [] : schemaIssues(parsed.error.issues, candidate)),
  ];
  const seen = new Set<string>();
  const issues: RowIssue[] = [];
  for (const issue of all) {
    const field = rename(issue.field);
    if (seen.has(field)) continue;
    seen.add(field);
    const cell = raw(field);
    if (cell !== undefined && cell.trim() === '' && EMPTY_WHEN_BLANK.has(issue.code))
      issues.push({ code: 'empty', field });
    else if (cell !== undefined && 'value' in issue) issues.push({ ...issue, field, value: shownValue(cell.trim()) });
    else issues.push({ ...issue, field });
  }
  if (parsed.success && !issues.length) return { feature: parsed.data, issues: null };
  return { feature: null, issues };
}
