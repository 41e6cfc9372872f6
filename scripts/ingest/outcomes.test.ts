import { describe, expect, it } from 'vitest';
import { findOutcomes, sumHits, type OutcomeKind } from './outcomes';
import { ARTICLES, paragraphWith, realLexicons } from './test-data';
import { tokenize } from './tokens';

function outcomes(text: string): Partial<Record<OutcomeKind, { min: number | null; max: number | null }>> {
  const hits = findOutcomes(tokenize(text), realLexicons().numbers);
  const out: Partial<Record<OutcomeKind, { min: number | null; max: number | null }>> = {};
  for (const k of ['killed', 'captured', 'freed', 'evacuated'] as const) {
    const c = sumHits(hits, k);
    if (c) out[k] = { min: c.min, max: c.max };
  }
  return out;
}

describe('outcomes', () => {
  it('reads the al-Kubar paragraph: 3–4 commanders plus at least 5 guards killed, 2 hostages freed, 1 captured', () => {
    const p = paragraphWith(ARTICLES.kubar, 'إطلاق سراح رهينتين');
    expect(outcomes(p)).toEqual({
      killed: { min: 8, max: null },
      captured: { min: 1, max: 1 },
      freed: { min: 2, max: 2 },
    });
  });
  it('adds the people evacuated in one list at Buqrus: an expert, three members and a civilian', () => {
    const p = paragraphWith(ARTICLES.tabni, 'بإجلاء خبير متفجرات');
    expect(outcomes(p)).toEqual({ evacuated: { min: 5, max: 5 } });
  });
  it('skips negated verbs', () => {
    expect(outcomes(paragraphWith(ARTICLES.shuhayl, 'لم تسفر عن اعتقاله'))).toEqual({});
  });
  it('reads a passive verb with its subject before it', () => {
    const p = paragraphWith(ARTICLES.shuhayl, 'محمد الخليف الحمرة');
    expect(outcomes(p)).toEqual({ killed: { min: 1, max: 1 } });
  });
  it('does not count a purpose as an outcome ("لإجلاء عناصر")', () => {
    expect(outcomes('إنزال جوي للتحالف الدولي في دير الزور لإجلاء عناصر زرعها بداعش')).toEqual({});
  });
  it('reads "اعتقال وقتل عدد من" as two unknown counts', () => {
    const p = paragraphWith(ARTICLES.shuhayl, 'اعتقال وقتل عدد من خلايا');
    expect(outcomes(p)).toEqual({ captured: { min: null, max: null }, killed: { min: null, max: null } });
  });
});
