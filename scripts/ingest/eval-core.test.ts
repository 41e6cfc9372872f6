import { describe, expect, it } from 'vitest';
import { operationRecord, type OperationRecord } from '../../src/domain/operation-schema';
import { dateMatches, scoreArticle, summarize } from './eval-core';
import { realData } from './test-data';
import type { Proposal } from './types';

const curated = (over: Partial<OperationRecord>): OperationRecord =>
  operationRecord.parse({
    id: '2020-05-17-busayrah',
    date: '2020-05-16',
    date_end: '2020-05-17',
    date_precision: 'day',
    date_alternatives: [{ date: '2020-05-19', claim_en: 'x', claim_ar: 'x', reported_by: 'x', reported_by_ar: 'x' }],
    place: 'wof:1226134263',
    place_note_en: 'x',
    place_note_ar: 'x',
    location_precision: 'near',
    type: 'raid',
    actors: ['coalition', 'sdf'],
    target: null,
    aircraft_en: null,
    aircraft_ar: null,
    title_ar: 'x',
    title_en: 'x',
    summary_ar: 'x',
    summary_en: 'x',
    confidence: 'medium',
    airborne_explicit: true,
    sources: [{ article: 'a', quote_ar: 'x' }],
    ...over,
  });

const proposal = (over: Partial<Proposal>): Proposal => ({
  date: '2020-05-17',
  date_end: null,
  date_precision: 'day',
  date_expression: 'أمس',
  place_ar: 'البصيرة',
  place_en: 'Al Busayrah',
  place_id: 'wof:1226134263',
  lon: 40.42716,
  lat: 35.15618,
  governorate: 'SY-DY',
  location_precision: 'near',
  type: 'raid',
  secondary_types: [],
  actors: ['sdf', 'coalition'],
  target: null,
  killed: null,
  captured: null,
  freed: null,
  evacuated: null,
  quote_ar: 'x',
  airborne_explicit: true,
  confidence: { date: 'high', place: 'high', type: 'high', actors: 'high', overall: 'high' },
  evidence: { date: [], place: [], type: [], actors: [], outcomes: [], airborne: [], sentences: [], notes: [] },
  ...over,
});

describe('eval scoring', () => {
  it('accepts a date inside the curated span or a reported alternative', () => {
    const c = curated({});
    expect(['2020-05-16', '2020-05-17', '2020-05-19'].map((d) => dateMatches(d, c))).toEqual([true, true, true]);
    expect(dateMatches('2020-05-18', c)).toBe(false);
  });
  it('matches a proposal to the curated record and checks each field', () => {
    const r = scoreArticle('a', [proposal({})], [curated({})], realData().idx);
    expect(r.pairs[0].ok).toMatchObject({ governorate: true, date: true, place: true, type: true, actors: true });
  });
  it('counts a place within 10 km as right and a wrong type as wrong', () => {
    const near = proposal({ place_id: 'wof:1344254011', lon: 40.45232, lat: 35.0865, type: 'evacuation' });
    const r = scoreArticle('a', [near], [curated({})], realData().idx);
    expect(r.pairs[0].ok).toMatchObject({ place: true, type: false });
  });
  it('leaves a proposal in another governorate unmatched and reports precision and recall', () => {
    const far = proposal({ governorate: 'SY-HM', place_id: 'wof:1243161061', lon: 36.69318, lat: 34.94353 });
    const s = summarize([scoreArticle('a', [far, proposal({})], [curated({})], realData().idx)]);
    expect(s).toMatchObject({ proposals: 2, matched: 1, precision: 0.5, recall: 1 });
  });
});
