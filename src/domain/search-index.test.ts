/** The searchable forms of a document: what each one holds decides which spellings a search meets. */
import { describe, expect, it } from 'vitest';
import { latinRuns, MAX_RUN, runKeys, SearchIndex } from './search-index';
import { latinKey } from './transliterate';

const keys = (text: string, names: boolean) => {
  const out = new Set<string>();
  runKeys(text, names, out);
  return out;
};

describe('latinRuns', () => {
  it('splits at spaces and hyphens, breaks runs at punctuation, and drops words without Latin letters', () => {
    expect(latinRuns('Deir ez-Zor, al-Shuhayl (2020) شحيل')).toEqual([
      [
        { word: 'Deir', cap: true },
        { word: 'ez', cap: false },
        { word: 'Zor', cap: true },
      ],
      [
        { word: 'al', cap: false },
        { word: 'Shuhayl', cap: true },
      ],
    ]);
  });

  it('reads a name after an apostrophe or ayn mark as capitalised (’Ayn, ʿAmr)', () => {
    expect(latinRuns('’Ayn ʿAmr ‘ain')).toEqual([
      [
        { word: '’Ayn', cap: true },
        { word: 'ʿAmr', cap: true },
        { word: '‘ain', cap: false },
      ],
    ]);
  });

  it('breaks at every kind of punctuation and dash', () => {
    const texts = ['a.b', 'a;b', 'a:b', 'a!b', 'a?b', 'a[b', 'a{b', 'a"b', 'a«b', 'a/b', 'a|b'];
    for (const t of texts) expect(latinRuns(t), t).toHaveLength(2);
    for (const t of ['a b', 'a-b', 'a–b', 'a—b']) expect(latinRuns(t)[0], t).toHaveLength(2);
    expect(
      latinRuns('Çay Über Ḩalab')
        .flat()
        .map((w) => w.word),
    ).toEqual(['Çay', 'Über', 'Ḩalab']);
  });
});

describe('runKeys', () => {
  it('keys every word and every run of up to four words of a name', () => {
    const k = keys('Kubar al Hamid Sharqi', true);
    expect(k).toEqual(
      new Set(['Kubar', 'Hamid', 'Sharqi', 'Kubar Hamid', 'Hamid Sharqi', 'Kubar Hamid Sharqi'].map(latinKey)),
    );
    expect(MAX_RUN).toBe(4);
  });

  it('keys a name of more than four words as a whole as well', () => {
    const k = keys('Abu Kamal Tall Hamid Sharqi', true);
    expect(k).toContain(latinKey('Abu Kamal Tall Hamid Sharqi'));
    expect(k).toContain(latinKey('Kamal Tall Hamid Sharqi'));
    expect(k).not.toContain(latinKey('Abu Kamal Tall Hamid Sharqi Extra'));
  });

  it('keys only runs from a capitalised word to a capitalised word in free text', () => {
    expect(keys('shell casings near Kubar and Hamid', false)).toEqual(
      new Set(['Kubar', 'Hamid', 'Kubar and Hamid'].map(latinKey)),
    );
  });

  it('keeps no key shorter than three consonants', () => {
    expect(keys('Zor, Ali', true)).toEqual(new Set());
    expect(keys('Zor Ali', true)).toEqual(new Set([latinKey('Zor Ali')]));
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex({
    texts: ['إنزال في الشحيل، حررت رهينتين', 'Raid at Deir ez-Zor; shell casings found'],
    names: ['البصيرة', 'Busayrah'],
  });

  it('holds the normalised tokens of texts and names, space-separated and padded', () => {
    expect(index.plain.startsWith(' ')).toBe(true);
    expect(index.plain.endsWith(' ')).toBe(true);
    expect(index.plain).toContain(' شحيل ');
    expect(index.plain).toContain(' بصيره ');
    expect(index.plain).toContain(' busayrah ');
  });

  it('holds the Arabic stems once each, and no Latin word', () => {
    expect(index.stems).toContain(' رهين ');
    expect(index.stems).not.toContain('raid');
    expect(index.stems.split(' ').filter((s) => s === 'رهين')).toHaveLength(1);
    expect(index.stems).toBe(index.stems);
  });

  it('holds the Arabic text without spaces, punctuation and other scripts as separators', () => {
    expect(index.compact).toContain('انزالفيالشحيل|حررترهينتين');
    expect(index.compact).not.toContain('raid');
    expect(index.compact.split('|')).toContain('البصيره');
  });

  it('holds keys of the names and of the capitalised words of the texts only', () => {
    expect(index.folds).toContain(` ${latinKey('Busayrah')} `);
    expect(index.folds).toContain(` ${latinKey('Deir ez-Zor')} `);
    expect(index.folds).not.toContain(` ${latinKey('shell')} `);
  });
});
