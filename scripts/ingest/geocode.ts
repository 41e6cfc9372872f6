/**
 * Resolves an article's place spans to gazetteer places. Candidates are scored by the governorate the sentence
 * names, the article's governorates, distance to the places resolved without ambiguity, feature class and
 * population; candidates that contradict a stated direction ("غرب مدينة دير الزور", "ريف حماة الجنوبي",
 * "شمال شرقي محافظة دير الزور") are dropped. Spelling variants and partial names need the governorate context
 * (and, for partial names, a resolved place within 30 km). Every decision is kept as a note for the report.
 */
import type { Confidence, LocationPrecision } from '../../src/domain/operation-schema';
import { distanceKm, inDirection, inPartOf, type LonLat } from './geo';
import { featureRank, type GazPlace, type PlaceIndex } from './places';
import type { Candidate, MatchMethod, PlaceSpan } from './place-spans';

export interface SentenceSpan {
  sentence: number;
  span: PlaceSpan;
}

export interface ResolvedSpan extends SentenceSpan {
  /** The gazetteer place, or null (governorate name, or nothing acceptable). */
  place: GazPlace | null;
  /** ISO code of the governorate (of the place, or named). */
  gov: string | null;
  precision: LocationPrecision;
  confidence: Confidence;
  notes: string[];
  /** How the chosen candidate matched (exact, folded, skeleton, last-word). */
  method?: MatchMethod;
  /** Every candidate contradicted a stated direction: the name must not resolve anywhere in the article. */
  rejected?: boolean;
  /** A sub-place (حي، مزرعة، حقل …) or an unknown village placed at the town it lies in or near: its name as written. */
  within?: { sub: string; town: string };
}

const isFuzzy = (c: Candidate) => c.method === 'skeleton' || c.method === 'last-word' || c.method === 'latin';

const PRECISION_ORDER: LocationPrecision[] = ['exact', 'village', 'near', 'subdistrict', 'region', 'governorate'];
export const coarser = (a: LocationPrecision, b: LocationPrecision) =>
  PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;

type Constraint = { test: (p: GazPlace) => boolean; text: string };

/** Direction constraints on the span at position `k` of its sentence. */
function constraintsFor(k: number, spans: SentenceSpan[], idx: PlaceIndex): Constraint[] {
  const me = spans[k];
  const out: Constraint[] = [];
  const same = spans.filter((s) => s.sentence === me.sentence);
  const next = same.find((s) => s.span.from >= me.span.to);
  const d = next?.span.dirOfPrevious;
  if (next && d && next.span.from - me.span.to <= 4) {
    const gov = next.span.govIso ? idx.governorates.get(next.span.govIso) : undefined;
    if (d.area && gov) out.push({ test: (p) => inPartOf(p, gov.bbox, d.dir), text: d.text });
    else {
      const ref: LonLat | undefined = gov?.capital ?? next.span.candidates[0]?.place;
      if (ref) out.push({ test: (p) => inDirection(p, ref, d.dir), text: d.text });
    }
  }
  for (const s of same) {
    const cd = s.span.countrysideDir;
    const gov = s.span.govIso ? idx.governorates.get(s.span.govIso) : undefined;
    const ref: LonLat | undefined = gov?.capital ?? s.span.candidates[0]?.place;
    if (!cd || !ref || s === me) continue;
    const iso = gov?.iso ?? s.span.candidates[0]?.place.admin1_iso;
    out.push({ test: (p) => p.admin1_iso !== iso || inDirection(p, ref, cd.dir), text: cd.text });
  }
  return out;
}

/** "على بعد N كلم" → precision thresholds from data/lexicons/places.yaml (`distance_precision`). */
export type DistancePrecision = { km: number; precision: LocationPrecision }[];

function precisionOf(span: PlaceSpan, fuzzy: boolean, byDistance: DistancePrecision): LocationPrecision {
  if (span.between) return 'region';
  if (span.distanceKm !== undefined)
    return [...byDistance].sort((a, b) => a.km - b.km).find((d) => span.distanceKm! <= d.km)?.precision ?? 'region';
  if (span.near || fuzzy || span.qualifier) return 'near';
  const cue = span.cue?.precision;
  return cue && cue !== 'governorate' ? cue : 'village';
}

export function resolveSpans(spans: SentenceSpan[], idx: PlaceIndex, byDistance: DistancePrecision): ResolvedSpan[] {
  const sentenceGovs = new Map<number, Set<string>>();
  const govCount = new Map<string, number>();
  const named = new Set<string>();
  for (const { sentence, span } of spans) {
    const sure = !span.uncued && span.method === 'exact' && span.candidates.length === 1;
    const iso = span.govIso ?? (sure ? span.candidates[0].place.admin1_iso : null);
    if (!iso) continue;
    named.add(iso);
    govCount.set(iso, (govCount.get(iso) ?? 0) + (span.govIso ? 1 : 0.5));
    if (span.govIso) sentenceGovs.set(sentence, (sentenceGovs.get(sentence) ?? new Set()).add(iso));
  }
  const total = [...govCount.values()].reduce((a, b) => a + b, 0) || 1;
  const explicit = new Set(spans.flatMap((s) => (s.span.govIso ? [s.span.govIso] : [])));
  const topGov = [...govCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const anchors: GazPlace[] = spans
    .filter((s) => !s.span.govIso && s.span.candidates.length === 1 && s.span.candidates[0].method === 'exact')
    .filter((s) => !s.span.uncued || named.has(s.span.candidates[0].place.admin1_iso))
    .map((s) => s.span.candidates[0].place);
  const nearest = (p: GazPlace) =>
    Math.min(Infinity, ...anchors.filter((a) => a.id !== p.id).map((a) => distanceKm(a, p)));

  const resolved = spans.map((s, k): ResolvedSpan | null => {
    const { span } = s;
    const notes: string[] = [];
    if (span.govIso) {
      const name = idx.governorates.get(span.govIso)?.name_ar ?? span.govIso;
      return {
        ...s,
        place: null,
        gov: span.govIso,
        precision: 'governorate',
        confidence: 'high',
        notes: [`governorate ${name}`],
      };
    }
    const govs = sentenceGovs.get(s.sentence) ?? new Set<string>();
    let cands = span.candidates.filter((c) => {
      if (span.uncued && named.size && !named.has(c.place.admin1_iso)) return false; // a common word, not a place
      if (!isFuzzy(c)) return true;
      const inGov = govs.size ? govs.has(c.place.admin1_iso) : c.place.admin1_iso === topGov;
      return inGov && (c.method !== 'last-word' || govs.size > 0 || nearest(c.place) <= 30);
    });
    // The governorate the sentence names (else those the article names) rules out places elsewhere.
    const scope = govs.size ? govs : explicit;
    const inScope = cands.filter((c) => scope.has(c.place.admin1_iso));
    if (scope.size && inScope.length < cands.length) {
      if (!inScope.length && span.uncued) return null;
      if (govs.size || inScope.length) {
        notes.push(`dropped ${cands.length - inScope.length} candidate(s) outside ${[...scope].join('/')}`);
        cands = inScope;
      }
    }
    if (!cands.length && span.uncued) return null;
    let rejected = false;
    for (const c of constraintsFor(k, spans, idx)) {
      const kept = cands.filter((x) => c.test(x.place));
      if (kept.length < cands.length)
        notes.push(`dropped ${cands.length - kept.length} candidate(s) contradicting "${c.text}"`);
      rejected ||= kept.length === 0 && cands.length > 0;
      cands = kept;
    }
    if (rejected && span.uncued) return null; // an unmarked word that no reading fits: not a place here
    const score = (c: Candidate) =>
      featureRank(c.place) +
      (c.method === 'exact' ? 1 : c.method === 'folded' ? 0.5 : c.method === 'latin' ? 0.25 : 0) +
      (govs.has(c.place.admin1_iso) ? 3 : 0) +
      (1.5 * (govCount.get(c.place.admin1_iso) ?? 0)) / total +
      (nearest(c.place) <= 30 ? 2 : nearest(c.place) <= 80 ? 1 : 0) +
      Math.log10(c.place.population + 1) * 0.1 -
      (c.alt ? 0.1 : 0);
    const ranked = cands.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s);
    const best = ranked[0];
    if (!best) {
      notes.push(span.candidates.length ? 'no candidate fits the context' : 'not in the gazetteer');
      const gov = [...govs][0] ?? topGov ?? null;
      return { ...s, place: null, gov, precision: gov ? 'governorate' : 'region', confidence: 'low', notes, rejected };
    }
    const margin = ranked.length > 1 ? best.s - ranked[1].s : Infinity;
    if (ranked.length > 1)
      notes.push(`${ranked.length} gazetteer places share the name; chose by context (margin ${margin.toFixed(1)})`);
    // High confidence needs support from the article (its governorates, nearby places) unless the name is a
    // distinctive primary name; a short or alternative name with no support stays low.
    const iso = best.c.place.admin1_iso;
    const support = govs.has(iso) || named.has(iso) || nearest(best.c.place) <= 80;
    const distinctive = !best.c.alt && span.key.replace(/ /g, '').length >= 4;
    let confidence: Confidence =
      margin >= 2 && (support || (distinctive && !!span.cue))
        ? 'high'
        : margin >= 1 && (support || distinctive)
          ? 'medium'
          : 'low';
    if (best.c.method === 'folded' && confidence === 'high') confidence = 'medium';
    const fuzzy = isFuzzy(best.c);
    if (fuzzy || span.qualifier) {
      confidence = 'low';
      notes.push(
        fuzzy
          ? `spelling differs: matched "${best.c.place.name_ar}" (${best.c.method})`
          : `"${span.qualifier}" is not in the gazetteer name`,
      );
    }
    const place = best.c.place;
    return {
      ...s,
      place,
      gov: place.admin1_iso,
      precision: precisionOf(span, fuzzy, byDistance),
      confidence,
      notes,
      method: best.c.method,
    };
  });
  return harmonise(
    placeInTowns(
      resolved.filter((r): r is ResolvedSpan => r !== null),
      idx,
    ),
  );
}

/** Cue words of sub-places (neighbourhoods, farms, fields, bases, camps, stations …): precision `near`. */
const isSubPlace = (r: ResolvedSpan) => r.span.cue?.precision === 'near';
/** Within this distance a sub-place the gazetteer knows is taken as it is rather than as the town. */
const SUB_PLACE_KM = 5;

/**
 * "حي الحصية ببلدة الشحيل", "منطقة الحاوي في بلدة الشحيل", "قرية الحلوة بالقرب من بصيرة", "سد الباسل جنوب مدينة
 * الحسكة": a sub-place, or a village the gazetteer cannot place, right before a town the gazetteer knows is put at
 * that town with precision `near`, keeping its own name. Not across "و" (a list of places).
 */
function placeInTowns(spans: ResolvedSpan[], idx: PlaceIndex): ResolvedSpan[] {
  return spans.map((r, k) => {
    const next = spans[k + 1];
    if (!next || next.sentence !== r.sentence || r.span.govIso || r.span.secondary) return r;
    if (next.span.from - r.span.to > 4 || next.span.from <= r.span.from || next.span.secondary) return r;
    const town =
      next.place ??
      (next.span.govIso && next.span.cue?.word === 'مدينة' ? idx.governorates.get(next.span.govIso)?.capital : null);
    if (!town) return r;
    const far = r.place ? distanceKm(r.place, town) > SUB_PLACE_KM : true;
    if (!(r.place === null || r.rejected || (isSubPlace(r) && far))) return r;
    if (!r.place && !isSubPlace(r) && !next.span.near && !next.span.dirOfPrevious && !r.span.cue) return r;
    const sub = r.span.cue && isSubPlace(r) ? `${r.span.cue.word} ${r.span.surface}` : r.span.surface;
    return {
      ...r,
      place: town,
      gov: town.admin1_iso,
      precision: 'near',
      confidence: next.confidence === 'high' ? 'medium' : 'low',
      method: next.method,
      rejected: false,
      within: { sub, town: next.span.surface },
      notes: [...r.notes, `«${sub}» lies in or near «${next.span.surface}»: placed at ${town.name_en}, precision near`],
    };
  });
}

/** The same name resolves to the same place throughout the article: the most confident reading wins. */
function harmonise(spans: ResolvedSpan[]): ResolvedSpan[] {
  const rank = { high: 3, medium: 2, low: 1 } as const;
  const rejected = new Set(spans.filter((s) => s.rejected).map((s) => s.span.key));
  const best = new Map<string, ResolvedSpan>();
  for (const s of spans) {
    if (!s.place || rejected.has(s.span.key)) continue;
    const cur = best.get(s.span.key);
    if (!cur || rank[s.confidence] > rank[cur.confidence]) best.set(s.span.key, s);
  }
  return spans.map((s) => {
    if (rejected.has(s.span.key) && s.place)
      return {
        ...s,
        place: null,
        gov: s.gov,
        precision: 'governorate',
        confidence: 'low',
        notes: [...s.notes, 'rejected elsewhere in the article'],
      };
    const b = best.get(s.span.key);
    if (!b || s.span.govIso || b === s || (s.place?.id === b.place?.id && s.confidence === b.confidence)) return s;
    if (s.place && rank[s.confidence] >= rank[b.confidence]) return s;
    return {
      ...s,
      place: b.place,
      gov: b.gov,
      confidence: b.confidence,
      notes: [...b.notes, 'same name as elsewhere in the article'],
    };
  });
}
