import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n, loadLanguage } from '../../i18n/i18n';
import { outcomeText } from './labels';

beforeAll(async () => {
  await initI18n('en');
  await loadLanguage('ar');
});

const say = (min: number, max: number | null, reported: number, lang: 'ar' | 'en') =>
  outcomeText({ min, max, reported }, lang, i18n.getFixedT(lang));

describe('outcomeText', () => {
  it('reads an open total as "at least" once, in each language', () => {
    expect(say(13, null, 5, 'en')).toBe('at least 13');
    expect(say(13, null, 5, 'ar')).toBe('١٣ على الأقل');
  });
  it('reads a range and an exact figure', () => {
    expect(say(3, 4, 2, 'en')).toBe('3–4');
    expect(say(2, 2, 1, 'ar')).toBe('٢');
  });
  it('says when no operation states the outcome', () => expect(say(0, 0, 0, 'en')).toBe('not reported'));
});
