import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterOperations } from './filters';
import { filterOperationsNaive } from './filters-naive';
import { noFilters } from './filter-state';
import { meta as metaSchema } from './meta-schema';
import { operationCollection } from './operation-schema';
import { compileQuery, matchesQuery } from './search';
import { attachVocabulary, buildVocabulary } from './search-vocabulary';
import { makeOp } from './test-ops';

const FIXTURE = 'e2e/fixtures/data';
const meta = metaSchema.parse(JSON.parse(readFileSync(`${FIXTURE}/meta.json`, 'utf8')));
const vocabulary = buildVocabulary(meta);

const shuhayl = makeOp({
  id: 'a',
  title_en: 'Night raid at al-Shuhayl',
  title_ar: 'إنزال ليلي في الشحيل',
  place_en: 'the village',
  place_ar: 'القرية',
  summary_en: 'Helicopters landed west of Deir ez-Zor; shell casings were found.',
  summary_ar: 'حررت القوات رهينتين في ريف دير الزور بعد إنزال بالمروحيات.',
});

describe('matchesQuery', () => {
  it('needs every word of the query (AND)', () => {
    expect(matchesQuery(shuhayl, 'Shuhail raid')).toBe(true);
    expect(matchesQuery(shuhayl, 'Shuhail airdrop')).toBe(false);
  });

  it('finds a Latin spelling through the transliteration key, and the gazetteer’s other names', () => {
    expect(matchesQuery(shuhayl, 'Shuhail')).toBe(true);
    const renamed = makeOp({ id: 'b', title_en: 'Raid on a village', place_names: ['شحيل', 'Shahil', 'Ch’hil'] });
    expect(matchesQuery(renamed, 'Chéhîl')).toBe(true);
    expect(matchesQuery(renamed, 'شحيل')).toBe(true);
    expect(matchesQuery({ ...renamed, properties: { ...renamed.properties, place_names: [] } }, 'Chéhîl')).toBe(false);
  });

  it('reads neighbouring Latin words as one name (Deir Ezzor / Dayr al-Zawr / Deir ez-Zor)', () => {
    expect(matchesQuery(shuhayl, 'Deir Ezzor')).toBe(true);
    expect(matchesQuery(shuhayl, 'Dayr al-Zawr helicopters')).toBe(true);
    expect(matchesQuery(shuhayl, 'Deir Hafer')).toBe(false);
  });

  it('folds only proper names of free text: "shell" does not meet Shahil, short keys count for nothing', () => {
    expect(matchesQuery(shuhayl, 'Shahl')).toBe(true);
    expect(matchesQuery(makeOp({ id: 'c', summary_en: 'shell casings' }), 'Shahil')).toBe(false);
    expect(matchesQuery(makeOp({ id: 'd', title_en: 'Raid at al-Zirr' }), 'Zarr')).toBe(false);
  });

  it('matches Arabic written with or without the space (ديرالزور / دير الزور)', () => {
    expect(matchesQuery(shuhayl, 'ديرالزور')).toBe(true);
    expect(matchesQuery(makeOp({ id: 'e', summary_ar: 'في ريف ديرالزور الشرقي' }), 'دير الزور')).toBe(true);
    expect(matchesQuery(shuhayl, 'ديرالشحيل')).toBe(false);
  });

  it('matches singular, dual and plural alike, without false friends', () => {
    for (const q of ['رهائن', 'الرهينة', 'رهينتين', 'مروحية', 'مروحيتين']) expect(matchesQuery(shuhayl, q)).toBe(true);
    expect(matchesQuery(makeOp({ id: 'f', summary_ar: 'احتجز التنظيم رهائن' }), 'رهينتين')).toBe(true);
    expect(matchesQuery(shuhayl, 'رهان')).toBe(false);
    expect(matchesQuery(makeOp({ id: 'g', summary_ar: 'قرب حقل العمر' }), 'عمران')).toBe(false);
  });

  it('finds an English plural as its singular', () => {
    expect(matchesQuery(makeOp({ id: 'h', title_en: 'Hostage rescue' }), 'hostages')).toBe(true);
  });

  it('makes type, actor, target and governorate names searchable in both languages with the vocabulary', () => {
    const rescue = makeOp({
      id: 'i',
      type: 'raid',
      secondary_types: ['hostage-rescue'],
      actors: ['sdf'],
      governorate: 'SY-DY',
      title_en: 'Night operation',
      title_ar: 'عملية ليلية',
    });
    for (const q of ['hostage', 'رهائن', 'رهينة', 'تحرير', 'SDF', 'قسد', 'ISIS', 'داعش', 'Deir Ezzor', 'ديرالزور'])
      expect(matchesQuery(rescue, q, vocabulary), q).toBe(true);
    expect(matchesQuery(rescue, 'hostage')).toBe(false);
    for (const q of ['evacuation', 'إجلاء', 'Hama', 'حماة']) expect(matchesQuery(rescue, q, vocabulary), q).toBe(false);
  });

  it('compiles a digits-only word to a plain substring test (no other forms to try)', () => {
    const [t] = compileQuery('12345').terms;
    expect(t).toEqual({ token: '12345', alt: null, stem: null, compact: null, fold: null });
  });
});

describe('search through the filter, on the e2e fixture', () => {
  const ops = operationCollection.parse(JSON.parse(readFileSync(`${FIXTURE}/operations.geojson`, 'utf8'))).features;
  attachVocabulary(ops, vocabulary);
  const ids = (q: string) => filterOperations(ops, { ...noFilters, q }).map((o) => o.id);

  it('uses the vocabulary attached to the array, exactly as the reference filter does', () => {
    for (const q of ['Busaira', 'Deir Ezzor', 'رهائن', 'hostage rescue', 'إجلاء', 'evacuation', 'قسد', 'x'])
      expect(ids(q), q).toEqual(filterOperationsNaive(ops, { ...noFilters, q }).map((o) => o.id));
  });

  it('finds the issue’s Latin spellings', () => {
    expect(ids('Shuhail')).toEqual(['2020-05-18-shuhayl']);
    expect(ids('Busaira')).toEqual(['2020-05-17-busayrah', '2025-10-22-kasar-fawqani']);
    expect(ids('Circesium')).toEqual(['2020-05-17-busayrah', '2025-10-22-kasar-fawqani']);
    const deir = ops.filter((o) => o.properties.governorate === 'SY-DY').map((o) => o.id);
    for (const q of ['Deir Ezzor', 'Dayr al-Zawr', 'Dayr az-Zawr', 'ديرالزور', 'دير الزور'])
      expect(ids(q), q).toEqual(deir);
  });

  it('finds the singular, dual and plural forms alike', () => {
    expect(ids('رهينة')).toEqual(ids('رهائن'));
    expect(ids('رهينة')).toContain('2017-01-08-kubar');
    expect(ids('مروحية')).toEqual(ids('مروحيات'));
    expect(ids('مروحيتين')).toEqual(ids('مروحيات'));
    expect(ids('طائرتين')).toEqual(ids('طائرة'));
  });
});
