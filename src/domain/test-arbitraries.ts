/**
 * fast-check generators for the filter tests that produce meaningful cases: operation lists that are unsorted,
 * hold duplicates (same day, repeated values) and long spans across New Year, and filters built from the values
 * the list actually has, so that most generated filters select something. `propertyOptions` makes every failure
 * print its seed and counterexample.
 */
import fc from 'fast-check';
import { addDays } from './dates';
import { noFilters, type FacetKey, type Filters } from './filter-state';
import { dimValues } from './filter-engine';
import type { OperationFeature } from './operation-schema';
import { makeOp } from './test-ops';

export const ACTORS = ['coalition', 'sdf', 'syrian-gov'];
export const TYPES = ['raid', 'evacuation', 'supply-drop', 'hostage-rescue'];
export const GOVS = ['SY-DY', 'SY-RD', 'SY-HM'];
export const PRECS = ['exact', 'village', 'near', 'region'] as const;
export const CONFS = ['high', 'medium', 'low'] as const;
export const KEYS: FacetKey[] = ['years', 'actors', 'targets', 'types', 'gov', 'prec', 'conf'];

/** Seeds and counterexamples on failure; `numRuns` as given. */
export const propertyOptions = (numRuns: number) => ({ numRuns, verbose: true }) as const;

/** A day of 2017–2020; a small pool of days makes same-day ties (duplicates) frequent. */
export const day = fc.oneof(
  fc.integer({ min: 0, max: 365 * 4 }).map((d) => addDays('2017-01-01', d)),
  fc.constantFrom('2018-12-31', '2019-01-01', '2019-06-15', '2020-02-29'),
);

const opRecord = fc.record({
  date: day,
  // Most operations last a day; some a few days; a few months, across New Year.
  span: fc.oneof(
    { weight: 5, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }) },
    { weight: 1, arbitrary: fc.integer({ min: 30, max: 400 }) },
  ),
  // Repeated actors happen in hand-edited data; they count once.
  actors: fc.array(fc.constantFrom(...ACTORS), { minLength: 1, maxLength: 3 }),
  type: fc.constantFrom(...TYPES),
  secondary: fc.subarray(TYPES, { maxLength: 2 }),
  gov: fc.constantFrom(...GOVS),
  prec: fc.constantFrom(...PRECS),
  conf: fc.constantFrom(...CONFS),
  airborne: fc.boolean(),
  corroboration: fc.integer({ min: 0, max: 3 }),
  target: fc.constantFrom('isis', 'isis', null),
  word: fc.constantFrom('الشحيل', 'البصيرة', 'Kubar', 'دير'),
});

/** Operations in random order (never pre-sorted), up to 80 so that positions span three bitset words. */
export const unsortedOps: fc.Arbitrary<OperationFeature[]> = fc
  .array(opRecord, { minLength: 1, maxLength: 80 })
  .map((rows) =>
    rows.map((r, i) =>
      makeOp({
        id: `op-${i}`,
        date: r.date,
        date_end: r.span ? addDays(r.date, r.span) : null,
        actors: r.actors,
        type: r.type,
        secondary_types: r.secondary.filter((t) => t !== r.type),
        governorate: r.gov,
        location_precision: r.prec,
        confidence: r.conf,
        airborne_explicit: r.airborne,
        corroboration: r.corroboration,
        target: r.target,
        title_ar: `عملية في ${r.word}`,
      }),
    ),
  );

/** The values an operation list has under a key, as the filter state holds them. */
export function valuesOf(list: OperationFeature[], key: FacetKey): (string | number)[] {
  const values = [...new Set(list.flatMap((o) => dimValues(o, key)))].sort();
  return key === 'years' ? values.map(Number) : values;
}

/**
 * Filters that usually select something: up to two keys set to values the list has (sometimes one it has
 * not), a time range from the list's own dates (so its boundaries fall on starts and ends), rarely a flag.
 */
export function filtersFor(list: OperationFeature[]): fc.Arbitrary<Filters> {
  const dates = [...new Set(list.flatMap((o) => [o.properties.date, o.properties.date_end ?? o.properties.date]))];
  const edge = fc.option(
    fc.tuple(fc.constantFrom(...dates), fc.constantFrom(-1, 0, 0, 0, 1)).map(([d, n]) => addDays(d, n)),
    { nil: null, freq: 2 },
  );
  const setting = fc.constantFrom(...KEYS.filter((k) => valuesOf(list, k).length)).chain((key) => {
    const values = valuesOf(list, key);
    return fc
      .subarray(values, { minLength: 1, maxLength: Math.min(2, values.length) })
      .map((chosen) => [key, chosen] as [FacetKey, (string | number)[]]);
  });
  return fc
    .record({
      settings: fc.array(setting, { maxLength: 2 }),
      from: edge,
      to: edge,
      airborne: fc.constantFrom(false, false, true),
      corr: fc.constantFrom(false, false, false, true),
      q: fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constantFrom('شحيل', 'kubar', 'zzz')),
    })
    .map(({ settings, ...rest }) => {
      const f: Filters = { ...noFilters, ...rest };
      if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
      for (const [key, values] of settings) (f[key] as (string | number)[]) = values;
      return f;
    });
}

/** A list and filters for it. */
export const listAndFilters = unsortedOps.chain((list) => filtersFor(list).map((f) => [list, f] as const));
