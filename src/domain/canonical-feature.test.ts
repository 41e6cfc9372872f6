import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANONICAL_FILE, canonicalFeatureCode } from '../../scripts/gen-canonical-feature';
import { isCanonicalFeature } from './canonical-feature';
import { hasOneKindOfEvidence, importedFeature, isRealDate, type OperationFeature } from './operation-schema';
import { makeOp } from './test-ops';

/** A feature using every optional part of the schema: alternatives, people, reports, outcomes, both source kinds. */
function rich(): OperationFeature {
  const op = makeOp({
    id: 'op-1',
    date: '2019-03-04',
    date_end: '2019-03-05',
    date_disputed: true,
    date_alternatives: [
      { date: '2019-03-02', date_end: null, claim_en: 'Earlier', claim_ar: 'أبكر', reported_by: 'A monitor' },
      {
        date: '2019-03-06',
        date_end: '2019-03-07',
        claim_en: 'Later',
        claim_ar: 'لاحقا',
        reported_by: 'An outlet',
        reported_by_ar: 'وسيلة',
      },
    ],
    named_persons: [{ name_ar: 'اسم', name_en: 'Name', role_en: 'Role', role_ar: 'دور' }],
    other_reports: [{ claim_en: 'Claim', claim_ar: 'ادعاء', reported_by: 'Someone' }],
    killed_min: 2,
    killed_max: 5,
    outcome_notes: { killed: { en: 'note', ar: 'ملاحظة' } },
    place_names: ['Other name'],
    corroboration: 2,
  });
  op.properties.sources.push({
    outlet: 'Cited',
    outlet_ar: 'مذكور',
    url: 'https://example.org/b',
    published: '2019-03-08',
    published_end: '2019-03-09',
    published_precision: 'inferred',
    claims_en: 'What it says',
    claims_ar: 'ما يقوله',
    language: 'en',
    republished_from: 'Wire',
  });
  return op;
}

/** zod's verdict: accepted and returned unchanged (the only features the fast path may take). */
function zodKeepsAsIs(x: unknown): boolean {
  const r = importedFeature.safeParse(x);
  if (!r.success) return false;
  try {
    expect(r.data).toStrictEqual(x);
    return true;
  } catch {
    return false;
  }
}

/** Every place a mutation can hit: [path to the object or array, key]. */
const SPOTS: [string[], string | number][] = [
  [[], 'type'],
  [[], 'id'],
  [[], 'geometry'],
  [[], 'extra'],
  [['geometry'], 'type'],
  [['geometry'], 'coordinates'],
  [['geometry', 'coordinates'], 0],
  [['geometry', 'coordinates'], 1],
  [['geometry', 'coordinates'], 2],
  ...[
    'id',
    'date',
    'date_end',
    'date_precision',
    'date_disputed',
    'date_alternatives',
    'year',
    'secondary_types',
    'actors',
    'target',
    'place_names',
    'governorate',
    'location_precision',
    'killed_min',
    'killed_max',
    'outcome_notes',
    'named_persons',
    'other_reports',
    'title_en',
    'confidence',
    'airborne_explicit',
    'sources',
    'corroboration',
    'extra',
    '__proto__',
  ].map((k): [string[], string] => [['properties'], k]),
  ...['date', 'date_end', 'claim_en', 'reported_by_ar', 'extra'].map((k): [string[], string] => [
    ['properties', 'date_alternatives', '0'],
    k,
  ]),
  ...['name_ar', 'role_en', 'extra'].map((k): [string[], string] => [['properties', 'named_persons', '0'], k]),
  ...['claim_ar', 'reported_by_ar', 'extra'].map((k): [string[], string] => [['properties', 'other_reports', '0'], k]),
  ...['killed', 'captured', '__proto__'].map((k): [string[], string] => [['properties', 'outcome_notes'], k]),
  ...['en', 'extra'].map((k): [string[], string] => [['properties', 'outcome_notes', 'killed'], k]),
  [['properties', 'actors'], 0],
  [['properties', 'place_names'], 1],
  ...[
    'article_id',
    'quote_ar',
    'claims_en',
    'claims_ar',
    'published',
    'published_end',
    'published_precision',
    'language',
    'republished_from',
    'extra',
  ].flatMap((k): [string[], string][] => [
    [['properties', 'sources', '0'], k],
    [['properties', 'sources', '1'], k],
  ]),
];

const DELETE = Symbol('delete');
const VALUES: unknown[] = [
  DELETE,
  null,
  '',
  'x',
  'Feature',
  'Point',
  'a',
  'sdf',
  '2021-02-28',
  '2021-02-30',
  '2020-02-29',
  '2021-2-1',
  'SY-DY',
  'SY-XX',
  'day',
  'exact',
  'high',
  0,
  -1,
  2,
  1.5,
  200,
  2 ** 53,
  true,
  false,
  [],
  ['a'],
  [null],
  {},
  { en: null, ar: null },
  { en: 'e', ar: 'ع', extra: 1 },
];

function mutate(x: OperationFeature, spots: number[], values: number[]): unknown {
  const copy = structuredClone(x) as unknown as Record<string, unknown>;
  spots.forEach((s, i) => {
    const [path, key] = SPOTS[s];
    let at: unknown = copy;
    for (const step of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined;
    if (!at || typeof at !== 'object') return;
    const value = VALUES[values[i]];
    const target = at as Record<string | number, unknown>;
    if (value === DELETE) delete target[key];
    // defineProperty: `__proto__` as JSON.parse makes it, an ordinary key.
    else
      Object.defineProperty(target, key, {
        value: structuredClone(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  });
  return copy;
}

describe('the fast check of an imported feature (isCanonicalFeature)', () => {
  it('is generated from the current schema (else: npm run gen:canonical)', () => {
    expect(readFileSync(CANONICAL_FILE, 'utf8')).toBe(canonicalFeatureCode());
  });

  it('takes the features the atlas itself publishes, the plain and the rich', () => {
    for (const f of [makeOp({ id: 'plain' }), rich()]) {
      expect(zodKeepsAsIs(f)).toBe(true);
      expect(isCanonicalFeature(f)).toBe(true);
    }
  });

  it('takes a feature exactly when zod would accept it and return it unchanged', () => {
    const base = [makeOp({ id: 'plain' }), rich()];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.tuple(fc.nat(SPOTS.length - 1), fc.nat(VALUES.length - 1)), { minLength: 1, maxLength: 3 }),
        (which, changes) => {
          const x = mutate(
            base[which],
            changes.map(([s]) => s),
            changes.map(([, v]) => v),
          );
          expect(isCanonicalFeature(x)).toBe(zodKeepsAsIs(x));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves to zod a feature it would change: a missing default, an unknown key', () => {
    const noNames = rich() as unknown as { properties: Record<string, unknown> };
    delete noNames.properties.place_names;
    expect(isCanonicalFeature(noNames)).toBe(false);
    expect(importedFeature.safeParse(noNames).success).toBe(true);
    const extra = { ...rich(), note: 'kept by nobody' };
    expect(isCanonicalFeature(extra)).toBe(false);
    expect(importedFeature.safeParse(extra).success).toBe(true);
  });

  it('checks every refinement of the schema (a new one fails here until the fast check knows it)', () => {
    const refinements = new Set<unknown>();
    const seen = new Set<unknown>();
    const walk = (schema: unknown) => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      seen.add(schema);
      const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      for (const check of (def.checks as { _zod: { def: { check: string; fn?: unknown } } }[] | undefined) ?? [])
        if (check._zod.def.check === 'custom') refinements.add(check._zod.def.fn);
      for (const value of Object.values(def)) {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object' && !('_zod' in value)) Object.values(value).forEach(walk);
        else walk(value);
      }
    };
    walk(importedFeature);
    expect(refinements).toEqual(new Set([isRealDate, hasOneKindOfEvidence]));
  });
});
