import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainMatch, type MatchPart } from './explain-match';
import { meta as metaSchema } from './meta-schema';
import { rowMatch, shorten } from './row-match';
import { buildVocabulary } from './search-vocabulary';
import { makeOp } from './test-ops';

const vocabulary = buildVocabulary(metaSchema.parse(JSON.parse(readFileSync('e2e/fixtures/data/meta.json', 'utf8'))));

const op = makeOp({
  id: 'a',
  type: 'raid',
  secondary_types: ['hostage-rescue'],
  title_en: 'Night raid at al-Shuhayl',
  title_ar: 'إنزال ليلي في الشحيل',
  place_en: 'al-Shuhayl',
  place_ar: 'الشحيل',
  place_names: ['Ch’hil', 'قرقيسيا'],
  summary_en: 'Helicopters landed west of Deir ez-Zor at night.',
  summary_ar: 'حررت القوات رهينتين في ريف دير الزور.',
});

/** The marked substrings of a part. */
const marked = (p: MatchPart | undefined) => p?.ranges.map(([a, b]) => p.text.slice(a, b));
const part = (parts: MatchPart[], field: string) => parts.find((p) => p.field === field);

describe('explainMatch', () => {
  it('marks whole words, found by substring, stem and transliteration key', () => {
    const parts = explainMatch(op, 'Shuhail رهائن');
    expect(marked(part(parts, 'title_en'))).toEqual(['Shuhayl']);
    expect(marked(part(parts, 'place_en'))).toEqual(['Shuhayl']);
    expect(marked(part(parts, 'summary_ar'))).toEqual(['رهينتين']);
    expect(part(parts, 'summary_ar')?.words).toEqual([1]);
  });

  it('marks a run of words read as one name, and Arabic written without its space', () => {
    expect(marked(part(explainMatch(op, 'Dayr al-Zawr'), 'summary_en'))).toEqual(['Deir ez-Zor']);
    expect(marked(part(explainMatch(op, 'ديرالزور'), 'summary_ar'))).toEqual(['دير الزور']);
  });

  it('names the other name of the place and the labels of the codes the operation has', () => {
    expect(marked(part(explainMatch(op, 'قرقيسيا'), 'place_name'))).toEqual(['قرقيسيا']);
    const labels = explainMatch(op, 'hostage', vocabulary);
    expect(part(labels, 'type')?.text).toBe('Hostage rescue');
    expect(marked(part(explainMatch(op, 'تحرير', vocabulary), 'type'))).toEqual(['تحرير']);
    expect(part(explainMatch(op, 'evacuation', vocabulary), 'type')).toBeUndefined();
  });

  it('returns nothing for an empty query', () => {
    expect(explainMatch(op, '  ')).toEqual([]);
  });
});

describe('rowMatch', () => {
  it('marks the title and place in the UI language and adds no snippet when they show every word', () => {
    const m = rowMatch(op, 'الشحيل', 'ar');
    expect(m.title).toEqual([[14, 20]]);
    expect(op.properties.title_ar.slice(14, 20)).toBe('الشحيل');
    expect(m.place).toEqual([[0, 6]]);
    expect(m.snippet).toBeNull();
  });

  it('shows the field where the other words matched', () => {
    const ar = rowMatch(op, 'Shuhail', 'ar');
    expect(ar.title).toEqual([]);
    expect(ar.snippet?.field).toBe('place_en');
    const en = rowMatch(op, 'raid hostage', 'en', vocabulary);
    expect(marked(en.snippet ?? undefined)).toEqual(['Hostage']);
    expect(en.snippet?.field).toBe('type');
  });

  it('cuts a long snippet around its first mark and moves the marks with it', () => {
    const text = `${'word '.repeat(40)}target ${'tail '.repeat(40)}`;
    const cut = shorten({ field: 'summary_en', text, ranges: [[200, 206]], words: [0] });
    expect(cut.text.length).toBeLessThan(100);
    expect(cut.text.startsWith('… ')).toBe(true);
    expect(cut.text.endsWith(' …')).toBe(true);
    expect(cut.ranges.map(([a, b]) => cut.text.slice(a, b))).toEqual(['target']);
  });
});
