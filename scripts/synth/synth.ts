/**
 * A realistic synthetic dataset in the published format, for scale tests and benchmarks: places drawn from the
 * Syrian gazetteer, dates 2014–2026, types, actors, precisions, spans and disputes in plausible proportions.
 * Deterministic for a seed. The collection is flagged `synthetic: true` and never written into data/.
 */
import { unstated, type OperationFeature } from '../../src/domain/operation-schema';
import { addDays, fromDay, toDay } from '../../src/domain/dates';
import type { Place } from '../data-build/gazetteer';

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = [T, number][];
function pick<T>(r: () => number, items: Weighted<T>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1][0];
}

const TYPES: Weighted<string> = [
  ['raid', 70],
  ['evacuation', 12],
  ['supply-drop', 10],
  ['hostage-rescue', 8],
];
const ACTORS: Weighted<string[]> = [
  [['coalition'], 55],
  [['coalition', 'sdf'], 30],
  [['sdf'], 5],
  [['coalition', 'syrian-gov'], 10],
];
const PRECISIONS: Weighted<OperationFeature['properties']['location_precision']> = [
  ['exact', 5],
  ['village', 50],
  ['near', 25],
  ['subdistrict', 12],
  ['governorate', 5],
  ['region', 3],
];
const CONFIDENCE: Weighted<'high' | 'medium' | 'low'> = [
  ['high', 30],
  ['medium', 50],
  ['low', 20],
];
const FIRST = toDay('2014-01-01');
const LAST = toDay('2026-10-31');

export interface SynthOptions {
  n: number;
  seed: number;
}

/** The collection as JSON text, feature by feature (1M features do not fit one JSON.stringify). */
export function* synthesize(places: Place[], opts: SynthOptions): Generator<string> {
  yield `{"type":"FeatureCollection","synthetic":true,"generator":"npm run synth","seed":${opts.seed},"features":[\n`;
  let i = 0;
  for (const f of synthFeatures(places, opts)) yield `${i++ ? ',' : ''}${JSON.stringify(f)}\n`;
  yield ']}\n';
}

/** The synthetic operations themselves, in date order. */
export function* synthFeatures(places: Place[], { n, seed }: SynthOptions): Generator<OperationFeature> {
  const r = rng(seed);
  // Eastern governorates carry most operations, as in the real record.
  const syrian = places.filter((p) => p.country === 'SY' && !p.feature_code.startsWith('ADM'));
  const east = syrian.filter((p) => ['SY-DY', 'SY-HA', 'SY-RA'].includes(p.admin1_iso));
  const days = Array.from({ length: n }, () => FIRST + Math.floor(r() ** 0.8 * (LAST - FIRST))).sort((a, b) => a - b);
  for (let i = 0; i < n; i++) {
    const pool = r() < 0.75 ? east : syrian;
    const place = pool[Math.floor(r() * pool.length)];
    const date = fromDay(days[i]);
    const spanDays = r() < 0.3 ? 1 : r() < 0.05 ? 3 : 0;
    const disputed = r() < 0.08;
    const type = pick(r, TYPES);
    const id = `syn-${seed}-${String(i).padStart(7, '0')}`;
    const killedMin = type === 'raid' && r() < 0.5 ? Math.floor(r() * 6) : null;
    const feature: OperationFeature = {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        ...unstated(),
        id,
        date,
        date_end: spanDays ? addDays(date, spanDays) : null,
        date_precision: r() < 0.95 ? 'day' : 'month',
        date_disputed: disputed,
        date_alternatives: disputed
          ? [
              {
                date: addDays(date, 1),
                date_end: null,
                claim_en: 'Synthetic alternative date',
                claim_ar: 'تاريخ بديل اصطناعي',
                reported_by: 'synthetic',
              },
            ]
          : [],
        year: Number(date.slice(0, 4)),
        type,
        actors: pick(r, ACTORS),
        target: type === 'supply-drop' ? null : 'isis',
        place_id: place.id,
        place_ar: place.name_ar || place.name_en,
        place_en: place.name_en,
        place_note_en: 'Synthetic record',
        place_note_ar: 'سجل اصطناعي',
        governorate: place.admin1_iso,
        location_precision: pick(r, PRECISIONS),
        killed_min: killedMin,
        killed_max: killedMin === null ? null : r() < 0.3 ? null : killedMin + Math.floor(r() * 3),
        title_ar: `عملية اصطناعية ${i} في ${place.name_ar || place.name_en}`,
        title_en: `Synthetic operation ${i} at ${place.name_en}`,
        summary_ar: 'سجل اصطناعي لاختبار الأداء.',
        summary_en: 'Synthetic record for performance testing.',
        confidence: pick(r, CONFIDENCE),
        airborne_explicit: r() < 0.9,
        sources: [
          {
            article_id: 'synthetic',
            outlet: 'Synthetic',
            outlet_ar: 'اصطناعي',
            url: 'https://example.org/synthetic',
            published: date,
            published_end: null,
            published_precision: 'exact',
            quote_ar: 'نص اصطناعي',
          },
        ],
      },
    };
    yield feature;
  }
}
