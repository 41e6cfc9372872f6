/**
 * Zod issues of the operation schema as structured row issues (a code and raw values the UI can translate),
 * one per field: a malformed date is not also reported as "not a real calendar date".
 */
import { shownValue, type RowIssue } from './dataset-issues';

export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: readonly string[];
  pattern?: string;
}

const KINDS: Record<string, string> = { int: 'integer', safeint: 'integer' };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** An example of the expected form, from the schema's own message or pattern. */
function example(i: SchemaIssue): string {
  if (/YYYY-MM-DD/.test(i.message)) return 'YYYY-MM-DD';
  return /like "([^"]+)"/.exec(i.message)?.[1] ?? i.pattern ?? '';
}

function toIssue(i: SchemaIssue, field: string, v: unknown): RowIssue {
  if (v === undefined) return { code: 'missing', field };
  const value = shownValue(v);
  if (v === '' && i.code !== 'invalid_value') return { code: 'empty', field };
  switch (i.code) {
    case 'invalid_type':
      return { code: 'wrongType', field, expected: KINDS[i.expected ?? ''] ?? i.expected ?? '', value };
    case 'invalid_value': {
      const options = (i.values ?? []).map(String);
      return options.length === 1
        ? { code: 'notEqual', field, value, expected: options[0] }
        : { code: 'notOneOf', field, value, options };
    }
    case 'invalid_format':
      return { code: 'badFormat', field, value, example: example(i) };
    case 'too_small':
      return Array.isArray(v) && Number(i.minimum) === 1
        ? { code: 'empty', field }
        : { code: 'tooSmall', field, min: Number(i.minimum) };
    case 'too_big':
      return { code: 'tooLarge', field, max: Number(i.maximum) };
    case 'unrecognized_keys':
      return { code: 'unknownKeys', field, keys: [...(i.keys ?? [])] };
    case 'custom':
      if (i.message === 'not a real calendar date') return { code: 'notRealDate', field, value };
      if (i.message === 'min is larger than max') return { code: 'minAboveMax', field };
  }
  return { code: 'invalid', field, message: i.message };
}

export function schemaIssues(issues: readonly SchemaIssue[], input: unknown): RowIssue[] {
  const seen = new Set<string>();
  const out: RowIssue[] = [];
  for (const i of issues) {
    const field = i.path.map(String).join('.') || '(root)';
    if (seen.has(field)) continue;
    seen.add(field);
    out.push(toIssue(i, field, valueAt(input, i.path)));
  }
  return out;
}
