import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultViewState, parse, serialize, type ViewState } from './codec';
import { roundCamera } from '../../domain/view';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/);
const sortedUnique = <T>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { maxLength: 5 }).map((a) => [...a].sort((x, y) => String(x).localeCompare(String(y))));
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const range = fc
  .tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null }))
  .map(([a, b]) => (a && b && a > b ? [b, a] : [a, b]));

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.constantFrom('ar', 'en', null),
    map: fc.option(
      fc
        .record({
          zoom: fc.double({ min: 3, max: 16, noNaN: true }),
          lat: fc.double({ min: -85, max: 85, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
        })
        .map(roundCamera),
      { nil: null },
    ),
    from: fc.constant(null),
    to: fc.constant(null),
    years: sortedUnique(fc.integer({ min: 1900, max: 2099 })),
    actors: sortedUnique(slug),
    targets: sortedUnique(slug),
    types: sortedUnique(slug),
    gov: sortedUnique(fc.stringMatching(/^SY-[A-Z]{2}$/)),
    prec: sortedUnique(fc.constantFrom('exact', 'village', 'near', 'subdistrict', 'governorate', 'region')),
    conf: sortedUnique(fc.constantFrom('high', 'medium', 'low')),
    airborne: fc.boolean(),
    corr: fc.boolean(),
    charts: fc.boolean(),
    page: fc.constantFrom('methodology', 'propose', null),
    embed: fc.boolean(),
    area: fc.option(
      fc
        .tuple(
          fc.integer({ min: 350000, max: 380000 }),
          fc.integer({ min: 320000, max: 370000 }),
          fc.integer({ min: 1, max: 20000 }),
          fc.integer({ min: 1, max: 20000 }),
        )
        .map(([w, s, dw, dh]) => ({
          kind: 'box' as const,
          box: [w / 1e4, s / 1e4, (w + dw) / 1e4, (s + dh) / 1e4] as [number, number, number, number],
        })),
      { nil: null },
    ),
    near: fc.option(fc.record({ place: slug, km: fc.integer({ min: 1, max: 5000 }).map((k) => k / 10) }), {
      nil: null,
    }),
    vs: fc.option(
      range.filter(([a, b]) => !!a && !!b).map(([from, to]) => ({ from: from!, to: to! })),
      { nil: null },
    ),
    q: fc.string({ maxLength: 200 }),
    op: fc.option(fc.stringMatching(/^[\p{L}\p{N}_.:-]{1,40}$/u), { nil: null }),
    layer: fc.constantFrom('points', 'clusters', 'heat'),
    base: fc.constantFrom('embedded', 'osm', 'satellite'),
    data: fc.option(fc.stringMatching(/^\/[a-z0-9]{1,10}\/[a-z0-9._-]{1,20}$/), { nil: null }),
  })
  .chain((s) => range.map(([from, to]) => ({ ...s, from, to })));

describe('URL codec properties', () => {
  it('never throws on 10,000 random query strings', () => {
    const keys = fc.constantFrom(...Object.keys(defaultViewState), 'v', 'x', '');
    const raw = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(keys, fc.string()), { maxLength: 8 })
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
    );
    fc.assert(
      fc.property(raw, (search) => {
        const s = parse(search);
        expect(() => serialize(s)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  });

  it('parse(serialize(s)) equals s for every valid view state', () => {
    fc.assert(
      fc.property(viewState, (s) => {
        expect(parse(serialize(s))).toEqual(s);
      }),
      { numRuns: 2_000 },
    );
  });
});
