/**
 * The geocoder's decisions on a small made-up gazetteer: which candidate a name resolves to, with what precision
 * and confidence, and why. Each case sets up only the spans the rule needs (the text pipeline that finds spans is
 * tested in geocode.test.ts on real sentences).
 */
import { describe, expect, it } from 'vitest';
import { coarser, resolveSpans, type DistancePrecision, type SentenceSpan } from './geocode';
import type { Candidate, PlaceSpan } from './place-spans';
import type { GazPlace, Governorate, PlaceIndex } from './places';

const place = (id: string, lon: number, lat: number, gov: string, over: Partial<GazPlace> = {}): GazPlace => ({
  id,
  name_ar: id,
  alt_ar: [],
  name_en: id,
  alt_latin: [],
  lat,
  lon,
  feature_code: 'PPL',
  admin1_iso: gov,
  population: 0,
  ...over,
});

// Deir ez-Zor governorate: its capital near the middle of its box; Hama far to the west.
const DZ_CITY = place('dz-city', 40.14, 35.33, 'SY-DY', { feature_code: 'PPLA', name_en: 'Deir ez-Zor' });
const HAMA_CITY = place('hama-city', 36.75, 35.13, 'SY-HM', { feature_code: 'PPLA', name_en: 'Hama' });
const gov = (iso: string, name_ar: string, capital: GazPlace, bbox: Governorate['bbox']): Governorate => ({
  iso,
  name_ar,
  name_en: iso,
  point: capital,
  capital,
  bbox,
});
const idx: PlaceIndex = {
  byId: new Map(),
  byKey: new Map(),
  byFolded: new Map(),
  bySkeleton: new Map(),
  byLastWord: new Map(),
  byLatin: new Map(),
  governorates: new Map([
    ['SY-DY', gov('SY-DY', 'دير الزور', DZ_CITY, [39.5, 34.3, 41.4, 36.0])],
    ['SY-HM', gov('SY-HM', 'حماة', HAMA_CITY, [36.2, 34.7, 38.0, 35.6])],
  ]),
  govByKey: new Map(),
  size: 0,
};

const BY_DISTANCE: DistancePrecision = [
  { km: 3, precision: 'village' },
  { km: 12, precision: 'near' },
  { km: 30, precision: 'subdistrict' },
  { km: 1000, precision: 'region' },
];

const cand = (p: GazPlace, method: Candidate['method'] = 'exact', alt = false): Candidate => ({
  place: p,
  method,
  alt,
});

/** A span of sentence `sentence` over tokens [from, from + 1): a distinctive, cued, exact name unless told. */
function at(sentence: number, from: number, over: Partial<PlaceSpan> = {}): SentenceSpan {
  return {
    sentence,
    span: {
      from,
      to: from + 1,
      start: 0,
      end: 0,
      surface: over.key ?? 'name',
      key: 'name',
      method: 'exact',
      candidates: [],
      uncued: false,
      cue: { word: 'قرية', precision: 'village' },
      near: false,
      secondary: false,
      between: false,
      countryside: false,
      ...over,
    },
  };
}
const govSpan = (sentence: number, from: number, iso: string, over: Partial<PlaceSpan> = {}) =>
  at(sentence, from, { key: iso, method: 'governorate', govIso: iso, cue: undefined, ...over });

const resolve = (spans: SentenceSpan[], byDistance = BY_DISTANCE) => resolveSpans(spans, idx, byDistance);
const idOf = (spans: SentenceSpan[], key: string) => resolve(spans).find((r) => r.span.key === key)?.place?.id ?? null;

describe('coarser precision (a proposal is as precise as its least precise place)', () => {
  it('keeps the coarser of two precisions, whichever comes first', () => {
    expect(coarser('village', 'near')).toBe('near');
    expect(coarser('near', 'village')).toBe('near');
    expect(coarser('governorate', 'region')).toBe('governorate');
    expect(coarser('exact', 'exact')).toBe('exact');
  });
});

describe('"X غرب مدينة Y": a stated direction from the next name', () => {
  const east = place('east', 40.5, 35.33, 'SY-DY');
  const west = place('west', 39.8, 35.33, 'SY-DY');
  const yTown = place('y-town', 40.14, 35.33, 'SY-DY');
  const west270 = { dir: 270, area: false, text: 'غرب' };
  const x = at(0, 0, { key: 'xname', candidates: [cand(east), cand(west)] });
  const y = (from: number, over: Partial<PlaceSpan> = {}) =>
    at(0, from, { key: 'yname', candidates: [cand(yTown)], dirOfPrevious: west270, ...over });

  it('keeps only the candidates that lie in that direction, and says so', () => {
    const [r] = resolve([x, y(3)]);
    expect(r.place?.id).toBe('west');
    expect(r.notes).toContain('dropped 1 candidate(s) contradicting "غرب"');
  });
  it('applies to a name right before the direction or up to four words before it, not five', () => {
    expect(idOf([x, y(1)], 'xname')).toBe('west');
    expect(idOf([x, y(5)], 'xname')).toBe('west');
    expect(idOf([x, y(6)], 'xname')).toBe('east');
  });
  it('does not apply across sentences', () => {
    expect(idOf([x, { ...y(3), sentence: 1 }], 'xname')).toBe('east');
  });
  it('constrains nothing when the gazetteer does not know the next name', () => {
    expect(idOf([x, y(3, { candidates: [] })], 'xname')).toBe('east');
  });
  it('measures "شرق مدينة دير الزور" from the governorate capital', () => {
    const nearEast = place('near-east', 40.2, 35.33, 'SY-DY');
    const farEast = place('far-east', 40.8, 35.33, 'SY-DY');
    const xs = at(0, 0, { key: 'xname', candidates: [cand(west), cand(nearEast), cand(farEast)] });
    const city = govSpan(0, 2, 'SY-DY', { dirOfPrevious: { dir: 90, area: false, text: 'شرق' } });
    expect(idOf([xs, city], 'xname')).toBe('near-east');
  });
  it('reads "شرق محافظة دير الزور" as the eastern part of the governorate, not east of its capital', () => {
    const nearEast = place('near-east', 40.2, 35.33, 'SY-DY');
    const farEast = place('far-east', 40.8, 35.33, 'SY-DY');
    const xs = at(0, 0, { key: 'xname', candidates: [cand(nearEast), cand(farEast)] });
    const area = govSpan(0, 2, 'SY-DY', { dirOfPrevious: { dir: 90, area: true, text: 'شرق' } });
    expect(idOf([xs, area], 'xname')).toBe('far-east');
  });
  it('falls back to the governorate, marked rejected, when no candidate lies in that direction', () => {
    const onlyEast = at(0, 0, { key: 'xname', candidates: [cand(east)] });
    const [r] = resolve([onlyEast, govSpan(0, 2, 'SY-DY', { dirOfPrevious: west270 })]);
    expect(r).toMatchObject({ place: null, gov: 'SY-DY', precision: 'governorate', confidence: 'low', rejected: true });
    expect(r.notes).toEqual(['dropped 1 candidate(s) contradicting "غرب"', 'no candidate fits the context']);
  });
});

describe('"ريف Y الشرقي": the countryside direction of a name in the sentence', () => {
  const east = place('east', 40.5, 35.33, 'SY-DY');
  const west = place('west', 39.8, 35.33, 'SY-DY');
  it('keeps the places of the sentence on that side of the governorate capital', () => {
    const x = at(0, 0, { key: 'xname', candidates: [cand(west), cand(east)] });
    const rif = govSpan(0, 2, 'SY-DY', { countrysideDir: { dir: 90, text: 'ريف دير الزور الشرقي' } });
    const [r] = resolve([x, rif]);
    expect(r.place?.id).toBe('east');
    expect(r.notes).toContain('dropped 1 candidate(s) contradicting "ريف دير الزور الشرقي"');
  });
  it('measures from a town, and leaves places of other governorates alone', () => {
    const town = place('town', 40.14, 35.33, 'SY-DY');
    const westOther = place('west-other', 39.8, 35.33, 'SY-RA');
    const x = at(0, 0, { key: 'xname', candidates: [cand(west), cand(westOther)] });
    const rif = at(0, 2, { key: 'town', candidates: [cand(town)], countrysideDir: { dir: 90, text: 'ريف التاون' } });
    expect(idOf([x, rif], 'xname')).toBe('west-other');
  });
});

describe('precision', () => {
  const p = place('p', 40.5, 35.33, 'SY-DY');
  const precision = (over: Partial<PlaceSpan>, byDistance = BY_DISTANCE) =>
    resolve([at(0, 0, { candidates: [cand(p)], ...over })], byDistance)[0].precision;
  it('follows "على بعد N كلم": up to 3 km village, up to 12 near, beyond every threshold region', () => {
    expect(precision({ distanceKm: 3 })).toBe('village');
    expect(precision({ distanceKm: 3.5 })).toBe('near');
    expect(precision({ distanceKm: 25 })).toBe('subdistrict');
    expect(precision({ distanceKm: 5000 })).toBe('region');
  });
  it('reads the distance thresholds in order of distance whatever order the lexicon lists them in', () => {
    const shuffled = [BY_DISTANCE[3], BY_DISTANCE[1], BY_DISTANCE[0], BY_DISTANCE[2]];
    expect(precision({ distanceKm: 2 }, shuffled)).toBe('village');
    expect(precision({ distanceKm: 10 }, shuffled)).toBe('near');
  });
  it('is region between two places, near for "بالقرب من", and the cue word’s otherwise', () => {
    expect(precision({ between: true, distanceKm: 1 })).toBe('region');
    expect(precision({ near: true })).toBe('near');
    expect(precision({ qualifier: 'الفوقاني' })).toBe('near');
    expect(precision({ cue: { word: 'ناحية', precision: 'subdistrict' } })).toBe('subdistrict');
    expect(precision({ cue: { word: 'محافظة', precision: 'governorate' } })).toBe('village');
    expect(precision({ cue: undefined })).toBe('village');
  });
});

describe('confidence of a resolved place', () => {
  // A name with two readings, one far ahead (2.1 points: a big city against a folded spelling of a hamlet), so
  // that the name alone names no governorate and the rules on the name itself decide.
  const big = place('big', 40.5, 35.33, 'SY-DY', { feature_code: 'PPLC', population: 9_999_999 });
  const rival = cand(place('rival', 36.0, 33.0, 'SY-QU', { feature_code: 'PPLQ' }), 'folded');
  const one = (over: Partial<PlaceSpan>, c: Candidate = cand(big), others: SentenceSpan[] = []) =>
    resolve([at(0, 0, { candidates: [c, rival], ...over }), ...others])[0];
  it('is high for a distinctive name after a cue word, medium without the cue, low for a short name', () => {
    expect(one({ key: 'abcd' }).confidence).toBe('high');
    expect(one({ key: 'abcd', cue: undefined }).confidence).toBe('medium');
    expect(one({ key: 'abc' }).confidence).toBe('low');
    expect(one({ key: 'ab c' }).confidence).toBe('low');
  });
  it('is low for an alternative name with nothing in the article to support it', () => {
    expect(one({ key: 'abcd' }, cand(big, 'exact', true)).confidence).toBe('low');
  });
  it('is high for a short name when the sentence names its governorate', () => {
    const r = resolve([at(0, 0, { key: 'abc', candidates: [cand(big)] }), govSpan(0, 2, 'SY-DY')]);
    expect(r[0].confidence).toBe('high');
    expect(r[1]).toMatchObject({ place: null, gov: 'SY-DY', confidence: 'high', notes: ['governorate دير الزور'] });
  });
  it('is high for a short name when the article names its governorate, or a sure place lies within 80 km', () => {
    const named = at(1, 0, { key: 'anchor', candidates: [cand(place('a', 39.6, 35.0, 'SY-DY'))] });
    expect(one({ key: 'abc', cue: undefined }, cand(big), [named]).confidence).toBe('high');
    // Across the border in Raqqa governorate, about 70 km away.
    const near = at(1, 0, { key: 'anchor', candidates: [cand(place('a', 39.9, 35.8, 'SY-RA'))] });
    expect(one({ key: 'abc', cue: undefined }, cand(big), [near]).confidence).toBe('high');
    const far = at(1, 0, { key: 'anchor', candidates: [cand(place('a', 38.0, 35.33, 'SY-HM'))] });
    expect(one({ key: 'abc', cue: undefined }, cand(big), [far]).confidence).toBe('low');
  });
  it('is at most medium for a folded spelling, and low for a fuzzy match or a qualifier the name lacks', () => {
    const p = place('p', 40.5, 35.33, 'SY-DY');
    const inGov = (c: Candidate, over: Partial<PlaceSpan> = {}) =>
      resolve([at(0, 0, { key: 'abcd', candidates: [c], ...over }), govSpan(0, 2, 'SY-DY')])[0];
    expect(inGov(cand(p)).confidence).toBe('high');
    expect(inGov(cand(p, 'folded')).confidence).toBe('medium');
    const fuzzy = inGov(cand(p, 'skeleton'));
    expect(fuzzy).toMatchObject({ confidence: 'low', precision: 'near', method: 'skeleton' });
    expect(fuzzy.notes).toContain('spelling differs: matched "p" (skeleton)');
    const qualified = inGov(cand(p), { qualifier: 'الفوقاني' });
    expect(qualified.confidence).toBe('low');
    expect(qualified.notes).toContain('"الفوقاني" is not in the gazetteer name');
  });
  it('depends on how far the chosen place leads: high from 2 points ahead, medium from 1, else low', () => {
    // Scores: feature rank + 1 for an exact name (0.5 folded) + 0.1 × log10(population + 1).
    const big = place('big', 40.5, 35.33, 'SY-DY', { feature_code: 'PPLC', population: 999_999 }); // 2.6
    const small = (id: string, method: Candidate['method']) =>
      cand(place(id, 38.0, 35.0, 'SY-HM', { feature_code: 'PPLQ' }), method);
    const two = (other: Candidate) => resolve([at(0, 0, { key: 'abcd', candidates: [other, cand(big)] })])[0];
    const high = two(small('q', 'folded')); // 0.6: 2.0 behind
    expect(high).toMatchObject({ confidence: 'high', place: big });
    expect(high.notes).toEqual(['2 gazetteer places share the name; chose by context (margin 2.0)']);
    expect(two(small('q', 'exact'))).toMatchObject({ confidence: 'medium', place: big }); // 1.1: 1.5 behind
    const close = place('close', 38.0, 35.0, 'SY-HM', { feature_code: 'PPLC', population: 9 }); // 2.1
    expect(two(cand(close))).toMatchObject({ confidence: 'low', place: big });
  });
});

describe('choosing among places that share a name', () => {
  const a = (id: string, lon: number, gov = 'SY-DY', over: Partial<GazPlace> = {}) => place(id, lon, 35.33, gov, over);
  const pick = (cands: Candidate[], others: SentenceSpan[] = []) =>
    resolve([at(0, 0, { key: 'abcd', candidates: cands }), ...others])[0];
  it('prefers the exact spelling over a folded one, and a folded one over a Latin one', () => {
    expect(pick([cand(a('f', 40), 'folded'), cand(a('e', 41), 'exact')]).place?.id).toBe('e');
    expect(pick([cand(a('l', 40), 'latin'), cand(a('f', 41), 'folded')]).place?.id).toBe('f');
  });
  it('prefers a primary name over an alternative one, and the bigger place', () => {
    expect(pick([cand(a('alt', 40), 'exact', true), cand(a('primary', 41))]).place?.id).toBe('primary');
    expect(pick([cand(a('village', 40)), cand(a('town', 41, 'SY-DY', { population: 50_000 }))]).place?.id).toBe('town');
  });
  it('prefers a place near the places named without doubt (within 30 km over within 80 km)', () => {
    const anchor = at(1, 0, { key: 'anchor', candidates: [cand(a('anchor', 40.0))] });
    // 0.5° of longitude is about 45 km here, 0.2° about 18 km.
    expect(pick([cand(a('far', 40.5)), cand(a('near', 40.2))], [anchor]).place?.id).toBe('near');
    expect(pick([cand(a('away', 41.5)), cand(a('mid', 40.5))], [anchor]).place?.id).toBe('mid');
    expect(pick([cand(a('mid', 40.5)), cand(a('away', 41.5))], [anchor]).place?.id).toBe('mid');
  });
  it('prefers the governorate the article names most', () => {
    const hmPlace = a('hm', 37.0, 'SY-HM');
    const dyPlace = a('dy', 40.5, 'SY-DY');
    const names = [govSpan(1, 0, 'SY-HM'), govSpan(2, 0, 'SY-HM'), govSpan(3, 0, 'SY-DY')];
    // No sentence-level governorate for sentence 0, so both stay in scope (the article names both).
    expect(pick([cand(dyPlace), cand(hmPlace)], names).place?.id).toBe('hm');
    expect(pick([cand(hmPlace), cand(dyPlace)], [names[2], govSpan(4, 0, 'SY-DY'), names[0]]).place?.id).toBe('dy');
  });
  it('drops the places outside the governorate the sentence names, and notes it', () => {
    const r = pick([cand(a('hm', 37.0, 'SY-HM')), cand(a('dy', 40.5))], [govSpan(0, 2, 'SY-DY')]);
    expect(r.place?.id).toBe('dy');
    expect(r.notes).toEqual(['dropped 1 candidate(s) outside SY-DY']);
  });
});

describe('names without a cue word, spelling variants and partial names', () => {
  const dy = place('dy', 40.5, 35.33, 'SY-DY');
  const hm = place('hm', 37.0, 35.2, 'SY-HM');
  const hmTown = at(0, 0, { key: 'town', candidates: [cand(place('hm-town', 36.9, 35.2, 'SY-HM'))] });
  it('drops an unmarked word whose places all lie in governorates the article never names', () => {
    const word = at(1, 0, { key: 'word', uncued: true, cue: undefined, candidates: [cand(dy)] });
    expect(resolve([hmTown, word]).map((r) => r.span.key)).toEqual(['town']);
  });
  it('keeps an unmarked word in a governorate the article names, and any when it names none', () => {
    const word = at(1, 0, { key: 'word', uncued: true, cue: undefined, candidates: [cand(hm)] });
    expect(resolve([hmTown, word]).map((r) => r.place?.id)).toEqual(['hm-town', 'hm']);
    expect(resolve([{ ...word, sentence: 0 }]).map((r) => r.place?.id)).toEqual(['hm']);
  });
  it('does not let an unmarked word name a governorate for the others', () => {
    const word = (id: string, p: GazPlace) =>
      at(1, 0, { key: id, uncued: true, cue: undefined, candidates: [cand(p)] });
    expect(resolve([hmTown, word('w1', dy), word('w2', dy)]).map((r) => r.span.key)).toEqual(['town']);
  });
  it('takes a spelling variant only in the governorate the sentence names, or else the one the article names most', () => {
    const variant = (sentence: number, p: GazPlace) =>
      at(sentence, 0, { key: 'variant', candidates: [cand(p, 'skeleton')] });
    expect(idOf([variant(0, dy), govSpan(0, 2, 'SY-DY')], 'variant')).toBe('dy');
    expect(idOf([variant(0, dy), govSpan(0, 2, 'SY-HM')], 'variant')).toBeNull();
    expect(
      idOf([variant(0, dy), govSpan(1, 0, 'SY-DY'), govSpan(2, 0, 'SY-DY'), govSpan(3, 0, 'SY-HM')], 'variant'),
    ).toBe('dy');
    expect(
      idOf([variant(0, dy), govSpan(1, 0, 'SY-HM'), govSpan(2, 0, 'SY-HM'), govSpan(3, 0, 'SY-DY')], 'variant'),
    ).toBeNull();
  });
  it('takes a partial name with no governorate in the sentence only within 30 km of a place named without doubt', () => {
    const partial = at(0, 0, { key: 'partial', candidates: [cand(dy, 'last-word')] });
    const dyName = govSpan(2, 0, 'SY-DY');
    const anchorAt = (lon: number) => at(1, 0, { key: 'anchor', candidates: [cand(place('a', lon, 35.33, 'SY-DY'))] });
    expect(idOf([partial, anchorAt(40.3), dyName], 'partial')).toBe('dy');
    expect(idOf([partial, anchorAt(39.9), dyName], 'partial')).toBeNull();
    expect(idOf([partial, dyName], 'partial')).toBeNull();
  });
  it('leaves an unknown name at the governorate of the sentence, else of the article, else the region', () => {
    const unknown = (sentence: number) => at(sentence, 0, { key: 'unknown', candidates: [] });
    const inSentence = resolve([unknown(0), govSpan(0, 2, 'SY-HM'), govSpan(1, 0, 'SY-DY'), govSpan(2, 0, 'SY-DY')])[0];
    expect(inSentence).toMatchObject({ place: null, gov: 'SY-HM', precision: 'governorate', confidence: 'low' });
    expect(inSentence.notes).toEqual(['not in the gazetteer']);
    expect(resolve([unknown(0), govSpan(1, 0, 'SY-HM'), govSpan(2, 0, 'SY-DY'), govSpan(3, 0, 'SY-DY')])[0].gov).toBe(
      'SY-DY',
    );
    expect(resolve([unknown(0)])[0]).toMatchObject({ gov: null, precision: 'region' });
  });
  it('names an unknown governorate code by its code', () => {
    expect(resolve([govSpan(0, 0, 'SY-XX')])[0].notes).toEqual(['governorate SY-XX']);
  });
});

describe('one name, one place in the whole article', () => {
  const good = place('good', 40.5, 35.33, 'SY-DY');
  const other = place('other', 37.0, 35.2, 'SY-HM');
  it('gives every mention the place of its most confident reading', () => {
    const sure = at(0, 0, { key: 'abcd', candidates: [cand(good)] });
    const twin = place('twin', 36.0, 33.0, 'SY-QU');
    const unsure = at(1, 0, { key: 'abcd', cue: undefined, candidates: [cand(other), cand(twin)] });
    const r = resolve([unsure, sure]);
    expect(r.map((x) => [x.place?.id, x.confidence])).toEqual([
      ['good', 'high'],
      ['good', 'high'],
    ]);
    expect(r[0].notes).toContain('same name as elsewhere in the article');
    expect(r[1].notes).not.toContain('same name as elsewhere in the article');
  });
  it('raises a less confident mention of the same place to the surer reading, and leaves equal ones alone', () => {
    const twin = place('twin', 36.0, 33.0, 'SY-QU');
    const sure = at(0, 0, { key: 'abcd', candidates: [cand(good)] });
    const unsure = at(1, 0, { key: 'abcd', cue: undefined, candidates: [cand(good), cand(twin)] });
    const r = resolve([unsure, sure]);
    expect(r.map((x) => [x.place?.id, x.confidence])).toEqual([
      ['good', 'high'],
      ['good', 'high'],
    ]);
    expect(r[0].notes.at(-1)).toBe('same name as elsewhere in the article');
    const again = resolve([sure, { ...sure, sentence: 1 }]);
    expect(again.map((x) => x.notes)).toEqual([[], []]);
  });
  it('keeps the first of equally confident readings', () => {
    const a = at(0, 0, { key: 'abcd', cue: undefined, candidates: [cand(good)] });
    const b = at(1, 0, { key: 'abcd', cue: undefined, candidates: [cand(other)] });
    expect(resolve([a, b]).map((x) => x.place?.id)).toEqual(['good', 'other']);
  });
  it('gives an unresolved mention the place found elsewhere', () => {
    const sure = at(0, 0, { key: 'abcd', candidates: [cand(good)] });
    const missing = at(1, 0, { key: 'abcd', candidates: [] });
    const r = resolve([missing, sure]);
    expect(r.map((x) => x.place?.id)).toEqual(['good', 'good']);
    expect(r[0]).toMatchObject({ gov: 'SY-DY', confidence: 'high' });
  });
  it('takes the place away from every mention once one mention contradicts its direction', () => {
    const east = place('east', 40.5, 35.33, 'SY-DY');
    const contradicted = at(0, 0, { key: 'abcd', candidates: [cand(east)] });
    const west = govSpan(0, 4, 'SY-DY', { dirOfPrevious: { dir: 270, area: false, text: 'غرب' } });
    const elsewhere = at(1, 0, { key: 'abcd', candidates: [cand(east)] });
    const r = resolve([contradicted, west, elsewhere]);
    expect(r[2]).toMatchObject({ place: null, gov: 'SY-DY', precision: 'governorate', confidence: 'low' });
    expect(r[2].notes).toEqual(['rejected elsewhere in the article']);
  });
});

describe('a sub-place or an unknown village placed at the town it lies in', () => {
  const town = place('town', 40.5, 35.33, 'SY-DY', { name_en: 'Town' });
  const townSpan = (from: number, over: Partial<PlaceSpan> = {}) =>
    at(0, from, { key: 'town', surface: 'البلدة', candidates: [cand(town)], ...over });
  const quarter = (over: Partial<PlaceSpan> = {}) =>
    at(0, 0, { key: 'quarter', surface: 'الحصية', cue: { word: 'حي', precision: 'near' }, candidates: [], ...over });
  const first = (spans: SentenceSpan[]) => resolve(spans)[0];

  it('puts "حي الحصية ببلدة …" at the town, precision near, keeping its own name', () => {
    const r = first([quarter(), townSpan(2)]);
    expect(r).toMatchObject({
      place: town,
      gov: 'SY-DY',
      precision: 'near',
      confidence: 'medium',
      method: 'exact',
      rejected: false,
      within: { sub: 'حي الحصية', town: 'البلدة' },
    });
    expect(r.notes.at(-1)).toBe('«حي الحصية» lies in or near «البلدة»: placed at Town, precision near');
  });
  it('is less sure of the sub-place than of the town: low when the town is not high', () => {
    const twin = place('twin', 36.0, 33.0, 'SY-QU');
    expect(first([quarter(), townSpan(2, { cue: undefined, candidates: [cand(town), cand(twin)] })])).toMatchObject({
      place: town,
      confidence: 'low',
    });
  });
  it('moves a sub-place the gazetteer puts more than 5 km from the town, and keeps one within 5 km', () => {
    const far = place('far-quarter', 40.6, 35.33, 'SY-DY');
    const near = place('near-quarter', 40.52, 35.33, 'SY-DY');
    expect(first([quarter({ candidates: [cand(far)] }), townSpan(2)]).place?.id).toBe('town');
    expect(first([quarter({ candidates: [cand(near)] }), townSpan(2)]).place?.id).toBe('near-quarter');
  });
  it('keeps a village the gazetteer knows, even next to a town', () => {
    const village = place('village', 40.6, 35.33, 'SY-DY');
    const r = first([at(0, 0, { key: 'village', candidates: [cand(village)] }), townSpan(2)]);
    expect(r.place?.id).toBe('village');
    expect(r.within).toBeUndefined();
  });
  it('places an unknown village named after a cue word at the town, under its own name', () => {
    const r = first([at(0, 0, { key: 'unknown', surface: 'الحلوة', candidates: [] }), townSpan(2)]);
    expect(r).toMatchObject({ place: town, within: { sub: 'الحلوة', town: 'البلدة' } });
  });
  it('places an unknown name without a cue word only when the town is "بالقرب من" or a direction from it', () => {
    const bare = at(0, 0, { key: 'unknown', surface: 'الحلوة', cue: undefined, candidates: [] });
    expect(first([bare, townSpan(2)]).place).toBeNull();
    expect(first([bare, townSpan(2, { near: true })]).place?.id).toBe('town');
    const east = { dir: 90, area: false, text: 'شرق' };
    expect(first([bare, townSpan(2, { dirOfPrevious: east })]).place?.id).toBe('town');
  });
  it('places at a governorate capital named as a city ("مدينة دير الزور"), not at a governorate', () => {
    const city = govSpan(0, 2, 'SY-DY', { surface: 'دير الزور', cue: { word: 'مدينة', precision: 'village' } });
    expect(first([quarter(), city])).toMatchObject({ place: DZ_CITY, within: { sub: 'حي الحصية', town: 'دير الزور' } });
    const province = govSpan(0, 2, 'SY-DY', { cue: { word: 'محافظة', precision: 'governorate' } });
    expect(first([quarter(), province]).within).toBeUndefined();
    const unknownGov = govSpan(0, 2, 'SY-XX', { cue: { word: 'مدينة', precision: 'village' } });
    expect(first([quarter(), unknownGov]).within).toBeUndefined();
  });
  it('needs the town right after it: up to four words on, in the same sentence, not in a list', () => {
    expect(first([quarter(), townSpan(5)]).within).toBeDefined();
    expect(first([quarter(), townSpan(6)]).within).toBeUndefined();
    expect(first([quarter(), { ...townSpan(2), sentence: 1 }]).within).toBeUndefined();
    expect(first([quarter(), townSpan(2, { secondary: true })]).within).toBeUndefined();
    expect(first([quarter({ secondary: true }), townSpan(2)]).within).toBeUndefined();
    expect(first([quarter({ from: 3, to: 4 }), townSpan(3)]).within).toBeUndefined();
    expect(first([quarter({ from: 3, to: 4 }), townSpan(1)]).within).toBeUndefined();
  });
  it('never places a governorate at a town', () => {
    const r = first([govSpan(0, 0, 'SY-DY'), townSpan(2)]);
    expect(r).toMatchObject({ place: null, precision: 'governorate' });
    expect(r.within).toBeUndefined();
  });
  it('places a name whose every reading contradicts the direction at the town it is measured from', () => {
    const west = place('west', 39.8, 35.33, 'SY-DY');
    const r = first([
      at(0, 0, { key: 'xname', surface: 'الاسم', candidates: [cand(west)] }),
      townSpan(2, { dirOfPrevious: { dir: 90, area: false, text: 'شرق' } }),
    ]);
    expect(r).toMatchObject({ place: town, rejected: false, within: { sub: 'الاسم', town: 'البلدة' } });
  });
});

describe('governorates named elsewhere and stated directions: the edge cases', () => {
  const dy = place('dy', 40.5, 35.33, 'SY-DY');
  const hm = place('hm', 37.0, 35.2, 'SY-HM');
  it('keeps a cued name whose places all lie outside the governorates the article names', () => {
    const r = resolve([at(0, 0, { key: 'name', candidates: [cand(dy)] }), govSpan(1, 0, 'SY-HM')])[0];
    expect(r.place?.id).toBe('dy');
    expect(r.notes).toEqual([]);
  });
  it('drops the places outside the governorates the article names when some lie inside', () => {
    const r = resolve([at(0, 0, { key: 'name', candidates: [cand(dy), cand(hm)] }), govSpan(1, 0, 'SY-HM')])[0];
    expect(r.place?.id).toBe('hm');
    expect(r.notes).toEqual(['dropped 1 candidate(s) outside SY-HM']);
  });
  it('drops an unmarked word whose places lie outside the governorate its sentence names', () => {
    const word = at(0, 0, { key: 'word', uncued: true, cue: undefined, candidates: [cand(dy)] });
    const spans = [word, govSpan(0, 2, 'SY-HM'), govSpan(1, 0, 'SY-DY')];
    expect(resolve(spans).map((r) => r.span.key)).toEqual(['SY-HM', 'SY-DY']);
  });
  it('drops an unmarked word that no reading fits in the stated direction', () => {
    const word = at(0, 0, { key: 'word', uncued: true, cue: undefined, candidates: [cand(dy)] });
    const west = govSpan(0, 2, 'SY-DY', { cue: undefined, dirOfPrevious: { dir: 270, area: false, text: 'غرب' } });
    expect(resolve([word, west]).map((r) => r.span.key)).toEqual(['SY-DY']);
  });
  it('notes nothing and rejects nothing when every candidate fits the direction, or there is none', () => {
    const west = govSpan(0, 2, 'SY-DY', { cue: undefined, dirOfPrevious: { dir: 90, area: false, text: 'شرق' } });
    const fits = resolve([at(0, 0, { key: 'name', candidates: [cand(dy)] }), west])[0];
    expect(fits).toMatchObject({ place: dy, notes: [] });
    const unknown = resolve([at(0, 0, { key: 'name', candidates: [] }), west])[0];
    expect(unknown).toMatchObject({ place: null, rejected: false, notes: ['not in the gazetteer'] });
  });
});

describe('what counts as named, and how much', () => {
  const rival = cand(place('rival', 36.0, 33.0, 'SY-QU', { feature_code: 'PPLQ' }), 'folded');
  const hmTown = at(2, 0, { key: 'town', candidates: [cand(place('hm-town', 36.9, 35.2, 'SY-HM'))] });
  it('does not let a name with several readings name a governorate for the others', () => {
    const twoReadings = at(0, 0, { key: 'two', candidates: [cand(place('a', 40.5, 35.3, 'SY-DY')), rival] });
    const word = at(1, 0, {
      key: 'word',
      uncued: true,
      cue: undefined,
      candidates: [cand(place('w', 40.4, 35.3, 'SY-DY'))],
    });
    expect(resolve([twoReadings, word, hmTown]).map((r) => r.span.key)).toEqual(['two', 'town']);
  });
  it('weighs the governorates by their share of the article’s mentions', () => {
    // The article names Deir ez-Zor twice and Hama once: a Deir ez-Zor hamlet gains 1.0, a Hama city 0.5.
    const hamlet = place('dy-hamlet', 40.5, 35.3, 'SY-DY', { feature_code: 'PPLQ' });
    const city = place('hm-city', 37.0, 35.2, 'SY-HM', { feature_code: 'PPLC' });
    const names = [govSpan(1, 0, 'SY-DY'), govSpan(2, 0, 'SY-DY'), govSpan(3, 0, 'SY-HM')];
    expect(idOf([at(0, 0, { key: 'abcd', candidates: [cand(hamlet), cand(city)] }), ...names], 'abcd')).toBe('hm-city');
  });
  it('does not take an unmarked word as a sure place unless the article names its governorate', () => {
    const short = at(0, 0, { key: 'abc', cue: undefined, candidates: [cand(place('s', 40.5, 35.33, 'SY-DY')), rival] });
    const word = at(1, 0, {
      key: 'word',
      uncued: true,
      cue: undefined,
      candidates: [cand(place('w', 40.45, 35.33, 'SY-DY'))],
    });
    expect(resolve([short, word])[0].confidence).toBe('low');
  });
  it('takes a partial name in a sentence that names its governorate, wherever the sure places are', () => {
    const partial = at(0, 0, { key: 'partial', candidates: [cand(place('p', 40.5, 35.33, 'SY-DY'), 'last-word')] });
    expect(idOf([partial, govSpan(0, 2, 'SY-DY')], 'partial')).toBe('p');
  });
  it('is medium when the chosen place leads by exactly one point', () => {
    // A city with its exact name (2.0) against a village with a folded spelling (1.0).
    const city = place('city', 40.5, 35.33, 'SY-DY', { feature_code: 'PPLC' });
    const village = place('village', 36.0, 33.0, 'SY-QU');
    const r = resolve([
      at(0, 0, { key: 'abcd', cue: undefined, candidates: [cand(village, 'folded'), cand(city)] }),
    ])[0];
    expect(r).toMatchObject({ place: city, confidence: 'medium' });
  });
  it('leaves a folded spelling low when nothing else supports it', () => {
    const big = place('big', 40.5, 35.33, 'SY-DY', { feature_code: 'PPLC' });
    const r = resolve([at(0, 0, { key: 'abc', cue: undefined, candidates: [cand(big, 'folded'), rival] })])[0];
    expect(r).toMatchObject({ place: big, confidence: 'low' });
  });
});
