/**
 * Search as a person types it: every word must match, wherever it is (titles, summaries, places, quotes, other
 * names), in whichever of its forms; what a word is allowed to stand for (plurals, stems, keys) has limits.
 */
import { describe, expect, it } from 'vitest';
import { compileQuery, makeTerm, matchesQuery, operationIndex, queryWords } from './search';
import { makeOp } from './test-ops';

const op = makeOp({
  id: 'a',
  title_en: 'Night raid near the river',
  title_ar: 'إنزال ليلي قرب النهر',
  summary_en: 'Two jets circled the town.',
  summary_ar: 'حلقت طائرتان فوق البلدة.',
  place_en: 'Kubar',
  place_ar: 'الكبر',
  place_names: ['Al Kibar'],
});

describe('every word must match', () => {
  it('finds nothing when one word of several is missing, wherever that word stands', () => {
    expect(matchesQuery(op, 'raid river')).toBe(true);
    expect(matchesQuery(op, 'raid airdrop')).toBe(false);
    expect(matchesQuery(op, 'airdrop raid')).toBe(false);
    expect(matchesQuery(op, 'raid river airdrop')).toBe(false);
    expect(matchesQuery(op, 'إنزال هبوط')).toBe(false);
    expect(matchesQuery(op, 'هبوط إنزال')).toBe(false);
  });

  it('lets the words of one query match in different fields and languages', () => {
    expect(matchesQuery(op, 'Kubar jets النهر')).toBe(true);
  });

  it('matches everything with an empty query or only punctuation', () => {
    expect(matchesQuery(op, '')).toBe(true);
    expect(matchesQuery(op, ' ، - ')).toBe(true);
    expect(compileQuery(' ، - ').terms).toEqual([]);
  });
});

describe('where a word is found', () => {
  it('finds a word that appears only in a source’s quote', () => {
    const quoted = makeOp({
      id: 'q',
      sources: [{ ...makeOp({ id: 'x' }).properties.sources[0], quote_ar: 'شوهدت مروحيات فوق قرية الطيبة' }],
    });
    expect(matchesQuery(quoted, 'الطيبة')).toBe(true);
    expect(matchesQuery(makeOp({ id: 'n' }), 'الطيبة')).toBe(false);
  });

  it('finds a word in every field: both titles, both summaries, both place names and the other names', () => {
    for (const q of ['night', 'ليلي', 'circled', 'حلقت', 'kubar', 'الكبر', 'kibar'])
      expect(matchesQuery(op, q), q).toBe(true);
  });

  it('finds part of a word (the start of a name being typed)', () => {
    expect(matchesQuery(op, 'circ')).toBe(true);
    expect(matchesQuery(op, 'حلق')).toBe(true);
  });
});

describe('the forms a word stands for', () => {
  it('finds an English plural of four letters or more as its singular (jets → jet, casualties → casualty)', () => {
    expect(matchesQuery(makeOp({ id: 'j', title_en: 'One jet' }), 'jets')).toBe(true);
    expect(matchesQuery(makeOp({ id: 'c', summary_en: 'one casualty' }), 'casualties')).toBe(true);
    expect(makeTerm('jets').alt).toBe('jet');
    expect(makeTerm('casualties').alt).toBe('casualty');
  });

  it('does not shorten short words or words ending in ss (gas, boss)', () => {
    expect(makeTerm('gas').alt).toBeNull();
    expect(makeTerm('boss').alt).toBeNull();
    expect(makeTerm('raid').alt).toBeNull();
    expect(matchesQuery(makeOp({ id: 'b', title_en: 'bos' }), 'boss')).toBe(false);
  });

  it('stems Arabic words of three letters or more, and only Arabic ones', () => {
    expect(makeTerm('طائرتان').stem).not.toBeNull();
    expect(makeTerm('جو').stem).toBeNull();
    expect(makeTerm('jets').stem).toBeNull();
    expect(matchesQuery(op, 'طائرات')).toBe(true);
  });

  it('tries an Arabic word run together only when it is long enough to be two words', () => {
    expect(makeTerm('ديرالزور').compact).toBe('ديرالزور');
    expect(makeTerm('بلدة').compact).toBeNull();
    expect(makeTerm('kubar').compact).toBeNull();
  });

  it('folds Latin words only, and strips a prefix from Arabic ones', () => {
    expect(makeTerm('shuhail').fold).not.toBeNull();
    expect(makeTerm('شحيل').fold).toBeNull();
    expect(makeTerm('بالشحيل').token).toBe('شحيل');
  });

  it('splits a query into normalised words at any punctuation', () => {
    expect(queryWords('«البصيرة»، Deir-ez-Zor!')).toEqual(['البصيره', 'deir', 'ez', 'zor']);
  });
});

describe('names written as several Latin words', () => {
  const deir = makeOp({ id: 'd', title_en: 'Raid', summary_en: 'In Deir ez-Zor province.', place_en: 'Shuhayl' });

  it('matches a name spelt as several words only together, and still needs the other words', () => {
    expect(matchesQuery(deir, 'Dayr al-Zawr')).toBe(true);
    expect(matchesQuery(deir, 'Dayr al-Zawr raid')).toBe(true);
    expect(matchesQuery(deir, 'Dayr al-Zawr airdrop')).toBe(false);
    expect(matchesQuery(deir, 'raid Dayr al-Zawr')).toBe(true);
  });

  it('does not read a name across an Arabic word', () => {
    expect(compileQuery('Dayr دير Zawr').spans).toEqual([]);
  });

  it('reads at most four neighbouring words as one name', () => {
    const spans = compileQuery('a1 aa bb cc dd ee').spans;
    expect(Math.max(...spans.map((s) => s.to - s.from))).toBeLessThanOrEqual(3);
    expect(compileQuery('bb cc dd ee').spans.some((s) => s.from === 0 && s.to === 3)).toBe(true);
  });

  it('matches a query of more than 31 words when every word is in the text', () => {
    const words = Array.from({ length: 35 }, (_, i) => `word${i}`);
    const long = makeOp({ id: 'l', summary_en: words.join(' ') });
    expect(matchesQuery(long, words.join(' '))).toBe(true);
    expect(matchesQuery(long, `${words.join(' ')} missing`)).toBe(false);
  });
});

describe('limits of each form', () => {
  it('stems a three-letter plural to its singular (مدن finds مدينة)', () => {
    expect(matchesQuery(makeOp({ id: 'm', summary_ar: 'في إحدى المدينة الكبيرة' }), 'مدن')).toBe(true);
  });

  it('reads a six-letter word run together as two (تلأبيض finds تل أبيض)', () => {
    expect(matchesQuery(makeOp({ id: 't', summary_ar: 'قرب تل أبيض' }), 'تلأبيض')).toBe(true);
  });

  it('finds nothing through a form a word does not have (no plural, stem, key or run for "qqq")', () => {
    const tricky = makeOp({ id: 'n', summary_en: 'The claim was null and void.' });
    expect(matchesQuery(tricky, 'qqq')).toBe(false);
    expect(matchesQuery(tricky, 'zzzz')).toBe(false);
  });

  it('needs a word that comes before a name of several words, as well as the name', () => {
    const deir = makeOp({ id: 'd', title_en: 'Raid', summary_en: 'In Deir ez-Zor province.' });
    expect(matchesQuery(deir, 'airdrop Dayr al-Zawr')).toBe(false);
  });

  it('still needs the 33rd word of a long query when its first words form a name', () => {
    const filler = Array.from({ length: 29 }, (_, i) => `filler${i}`);
    const long = makeOp({ id: 'l', summary_en: `In Deir ez-Zor ${filler.join(' ')}` });
    expect(matchesQuery(long, `Dayr al-Zawr ${filler.join(' ')}`)).toBe(true);
    expect(matchesQuery(long, `Dayr al-Zawr ${filler.join(' ')} missing`)).toBe(false);
  });
});

describe('what an operation’s search reads', () => {
  it('reads titles, summaries, the quotes of stored sources and the place’s names, and nothing else', () => {
    const cited = { ...makeOp({ id: 'x' }).properties.sources[0], quote_ar: undefined };
    const o = makeOp({
      id: 'i',
      title_ar: 'أ١',
      title_en: 'b2',
      summary_ar: 'ج٣',
      summary_en: 'd4',
      place_ar: 'ه٥',
      place_en: 'f6',
      place_names: ['g7'],
      sources: [{ ...cited, quote_ar: 'ح٨' }, cited],
    });
    expect(operationIndex(o).plain).toBe(' ا1 b2 ج3 d4 ح8 ه5 f6 g7 ');
    expect(operationIndex(makeOp({ id: 'j', place_names: undefined })).plain).toBe(
      ' عنوان title ملخص summary اقتباس مكان place ',
    );
  });
});
