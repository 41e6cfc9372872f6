/**
 * An analyst's GeoJSON FeatureCollection in the published format: every feature checked (schema, rules, ids),
 * each refused one named by the physical line where it starts in the file. `featureChecker` is the one check of
 * a feature in file order, shared with the streaming reader (dataset-stream.ts), so both give the same rows.
 */
import { checkFeature } from './dataset-check';
import { DatasetError, type RowError } from './dataset-issues';
import { featureStarts } from './dataset-json-scan';
import { lineIndex } from './dataset-lines';
import type { RuleContext } from './dataset-rules';
import type { OperationFeature } from './operation-schema';

export interface DatasetRows {
  operations: OperationFeature[];
  errors: RowError[];
}

/** The line of a JSON syntax error, from the engine's message when it names a position. */
function syntaxErrorLine(text: string, e: unknown, lineOf: (offset: number) => number): number | null {
  const message = e instanceof Error ? e.message : '';
  const at = /at position (\d+)/.exec(message);
  if (at) return lineOf(Number(at[1]));
  return /end of (JSON )?input/i.test(message) ? lineOf(text.length) : null;
}

/**
 * One feature on its own: schema and rules, `id` equal to `properties.id`. The valid feature, or its refused row.
 * What it cannot see is an id given twice: that needs the features before it (`duplicateIds`).
 */
export function checkRow(candidate: unknown, row: number, line: number, ctx: RuleContext): OperationFeature | RowError {
  const { feature, issues } = checkFeature(candidate, ctx);
  if (!feature) return { line, row, issues };
  if (feature.id !== feature.properties.id)
    return {
      line,
      row,
      issues: [{ code: 'idMismatch', field: 'id', value: feature.id, expected: feature.properties.id }],
    };
  return feature;
}

/** Valid features in file order, one at a time: the refused row when its id was already taken, else null. */
export function duplicateIds() {
  const firstLine = new Map<string, number>();
  return (id: string, row: number, line: number): RowError | null => {
    const first = firstLine.get(id);
    if (first !== undefined) return { line, row, issues: [{ code: 'duplicateId', field: 'id', value: id, first }] };
    firstLine.set(id, line);
    return null;
  };
}

/**
 * Checks features one by one in file order: `checkRow`, then no id twice. `check` returns the valid feature
 * (the caller keeps it) or null after recording the refused row in `errors`.
 */
export function featureChecker(ctx: RuleContext) {
  const errors: RowError[] = [];
  const duplicate = duplicateIds();
  function check(candidate: unknown, row: number, line: number): OperationFeature | null {
    const checked = checkRow(candidate, row, line, ctx);
    const refused = 'issues' in checked ? checked : duplicate(checked.id, row, line);
    if (!refused) return checked as OperationFeature;
    errors.push(refused);
    return null;
  }
  return { errors, check };
}

/** `synthetic` and `data_version`: the foreign members the GeoJSON export writes. */
export function collectionMembers(fc: { synthetic?: unknown; data_version?: unknown }) {
  const version = typeof fc.data_version === 'string' && fc.data_version.trim() ? fc.data_version.trim() : null;
  return { synthetic: fc.synthetic === true, version };
}

export function fromGeoJson(
  name: string,
  text: string,
  ctx: RuleContext,
): DatasetRows & { synthetic: boolean; version: string | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(name, { code: 'notJson', line: syntaxErrorLine(text, e, lineIndex(text)) });
  }
  const fc = json as { type?: unknown; features?: unknown; synthetic?: unknown; data_version?: unknown } | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new DatasetError(name, { code: 'notCollection' });
  const starts = featureStarts(text).lines;
  const operations: OperationFeature[] = [];
  const { errors, check } = featureChecker(ctx);
  fc.features.forEach((candidate: unknown, i: number) => {
    const feature = check(candidate, i + 1, starts[i] ?? 1);
    if (feature) operations.push(feature);
  });
  return { operations, errors, ...collectionMembers(fc) };
}
