import { describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import en from './locales/en.json';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const base = (list: string[]) => [...new Set(list.map((k) => k.replace(PLURAL, '')))].sort();

describe('locale files', () => {
  it('have the same keys in Arabic and English (plural forms aside)', () => {
    expect(base(keys(ar))).toEqual(base(keys(en)));
  });

  it('give every plural key the forms its language needs', () => {
    const forms = (obj: object, lang: string) =>
      keys(obj)
        .filter((k) => PLURAL.test(k))
        .map((k) => k.replace(/^.*_/, `${lang}:`));
    expect(new Set(forms(ar, 'ar'))).toEqual(
      new Set(['zero', 'one', 'two', 'few', 'many', 'other'].map((f) => `ar:${f}`)),
    );
    expect(new Set(forms(en, 'en'))).toEqual(new Set(['one', 'other'].map((f) => `en:${f}`)));
  });

  it('have no empty strings', () => {
    for (const [lang, obj] of [
      ['ar', ar],
      ['en', en],
    ] as const) {
      const flat = keys(obj);
      for (const k of flat) {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj);
        expect(v, `${lang}:${k}`).not.toBe('');
      }
    }
  });
});
