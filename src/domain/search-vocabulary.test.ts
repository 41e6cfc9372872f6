/** Taxonomy and governorate names as search words, and the codes an operation has of each kind. */
import { describe, expect, it } from 'vitest';
import { attachVocabulary, buildVocabulary, codesOf, vocabularyFor, vocabularyOf } from './search-vocabulary';
import { makeOp } from './test-ops';

const label = (en: string, ar: string) => ({ en, ar });
const meta = {
  taxonomy: {
    types: { raid: label('Raid', 'إنزال'), 'hostage-rescue': label('Hostage rescue', 'تحرير رهائن') },
    actors: { sdf: label('SDF', 'قسد') },
    targets: { isis: label('ISIS', 'داعش') },
    governorates: {
      'SY-DY': { ...label('Deir ez-Zor', 'دير الزور'), variants_en: ['Deir Ezzor'], variants_ar: ['ديرالزور'] },
    },
    location_precisions: {},
    confidence: {},
    date_precisions: {},
  },
  governorates: {
    'SY-DY': { ...label('Deir-ez-Zor', 'دير الزور'), label: [40, 35] },
    'SY-HM': { ...label('Hama', 'حماة'), label: [36, 35] },
  },
} as unknown as Parameters<typeof buildVocabulary>[0];

describe('buildVocabulary', () => {
  const v = buildVocabulary(meta);
  const entry = (kind: string, code: string) => v.entries.find((e) => e.kind === kind && e.code === code);

  it('makes every type, actor, target and governorate an entry of its kind', () => {
    expect(v.entries.map((e) => `${e.kind}:${e.code}`)).toEqual([
      'type:raid',
      'type:hostage-rescue',
      'actor:sdf',
      'target:isis',
      'gov:SY-DY',
      'gov:SY-HM',
    ]);
  });

  it('takes a governorate’s names from the taxonomy over the map’s, with its other spellings', () => {
    expect(entry('gov', 'SY-DY')).toMatchObject({
      en: 'Deir ez-Zor',
      ar: 'دير الزور',
      variants: ['Deir Ezzor', 'ديرالزور'],
    });
    expect(entry('gov', 'SY-HM')).toMatchObject({ en: 'Hama', variants: [] });
  });

  it('indexes the labels and their variants as names', () => {
    const dy = entry('gov', 'SY-DY')!;
    expect(dy.index.plain).toContain(' ديرالزور ');
    expect(dy.index.plain).toContain(' ezzor ');
    expect(entry('type', 'hostage-rescue')!.index.plain).toContain(' رهاين ');
  });
});

describe('vocabulary lookups', () => {
  it('builds the vocabulary of one meta.json once', () => {
    expect(vocabularyFor(meta)).toBe(vocabularyFor(meta));
    expect(vocabularyFor({ ...meta })).not.toBe(vocabularyFor(meta));
  });

  it('finds the vocabulary attached to an operations array, and none for another array', () => {
    const ops = [makeOp({ id: 'a' })];
    const v = buildVocabulary(meta);
    expect(vocabularyOf(ops)).toBeUndefined();
    attachVocabulary(ops, v);
    expect(vocabularyOf(ops)).toBe(v);
    expect(vocabularyOf([...ops])).toBeUndefined();
  });
});

describe('codesOf', () => {
  const p = makeOp({
    id: 'a',
    type: 'raid',
    secondary_types: ['hostage-rescue'],
    actors: ['sdf', 'coalition'],
    governorate: 'SY-DY',
  }).properties;
  it('gives the main and secondary types, the actors, the target and the governorate', () => {
    expect(codesOf(p, 'type')).toEqual(['raid', 'hostage-rescue']);
    expect(codesOf(p, 'actor')).toEqual(['sdf', 'coalition']);
    expect(codesOf(p, 'target')).toEqual(['isis']);
    expect(codesOf(p, 'gov')).toEqual(['SY-DY']);
  });
  it('gives no target code for an operation without a target', () => {
    expect(codesOf({ ...p, target: null }, 'target')).toEqual([]);
  });
});
