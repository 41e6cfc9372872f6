/**
 * The date of one operation from the date expressions of its sentences: one day, a span of two adjacent days
 * when the article's expressions differ by a day ("أمس" and "اليوم، الاثنين 18 من أيار"), the date of the
 * operation it was told with (inherited, low confidence), or the publication date as a last resort (low).
 */
import { daysBetween } from '../../src/domain/dates';
import { anchorNote, type Anchor } from './anchor';
import type { Confidence } from '../../src/domain/operation-schema';
import { resolveDate, type DatePrecision } from './date-resolve';
import type { OpEvent } from './events';
import type { FieldEvidence } from './types';

export interface EventDate {
  date: string | null;
  date_end: string | null;
  precision: DatePrecision | null;
  expression: string | null;
  confidence: Confidence;
  evidence: FieldEvidence[];
  notes: string[];
}

const LEVEL: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const lowest = (cs: Confidence[]) => cs.reduce((a, b) => (LEVEL[b] < LEVEL[a] ? b : a), 'high' as Confidence);

/**
 * `anchorOf(sentenceIndex, tokenIndex)` returns the date of the operation named after "من عملية" at that token
 * (for "قبل 24 ساعة من عملية الشحيل"), or null.
 */
export function eventDate(
  e: OpEvent,
  article: Anchor | null,
  dateOf: Map<OpEvent, EventDate>,
  anchorOf: (sentence: number, token: number) => string | null,
  today: string | null = null,
): EventDate {
  const published = article?.date ?? null;
  // Counted from a day whose year the article did not give ("اليوم الأربعاء 16 حزيران"): never high confidence.
  const capped = (r: ReturnType<typeof resolveDate>, d: { year?: number }) =>
    article?.kind === 'stated' && d.year === undefined && r.confidence === 'high'
      ? { ...r, confidence: 'medium' as const }
      : r;
  const found = e.mentions
    .filter((m) => m.kind !== 'context')
    .flatMap((m) =>
      m.dates.map((d) => ({
        d,
        r: capped(
          resolveDate(d, published, d.anchorFrom !== undefined ? anchorOf(m.s.index, d.anchorFrom) : null, today),
          d,
        ),
      })),
    );
  const notes = found.flatMap((f) => f.r.notes);
  const relative = found.some((f) => f.d.year === undefined && f.d.anchorFrom === undefined);
  if (article && article.kind !== 'published' && relative) notes.push(anchorNote(article));
  const evidence = found.map((f) => ({
    text: f.d.text,
    start: f.d.start,
    end: f.d.end,
    note: f.r.date ?? 'unresolved',
  }));
  const dated = found.filter((f) => f.r.date);
  const expression = found.length ? found.map((f) => f.d.text).join(' | ') : null;
  if (dated.length) {
    const days = dated.filter((f) => f.r.precision === 'day');
    if (days.length) {
      const sorted = days.map((f) => f.r.date!).sort();
      const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
      const conf = lowest(days.map((f) => f.r.confidence));
      if (daysBetween(lo, hi) <= 1) {
        if (lo !== hi) notes.push(`the article's expressions give ${lo} and ${hi}: proposed as a span`);
        return {
          date: lo,
          date_end: lo === hi ? null : hi,
          precision: 'day',
          expression,
          confidence: lo === hi ? conf : lowest([conf, 'medium']),
          evidence,
          notes,
        };
      }
      notes.push(`the article's expressions disagree (${[...new Set(sorted)].join(', ')}); the first is proposed`);
      return { date: days[0].r.date, date_end: null, precision: 'day', expression, confidence: 'low', evidence, notes };
    }
    const f = dated[0];
    return {
      date: f.r.date,
      date_end: f.r.date_end,
      precision: f.r.precision,
      expression,
      confidence: f.r.confidence,
      evidence,
      notes,
    };
  }
  const prev = e.previous && dateOf.get(e.previous);
  if (prev?.date && e.previous && e.firstPara - e.previous.lastPara <= 2) {
    notes.push('no date of its own: taken from the operation told just before it');
    return { ...prev, expression: prev.expression, confidence: 'low', evidence: prev.evidence, notes };
  }
  if (article) {
    const what =
      article.kind === 'published' ? 'the publication date' : `the article's own date «${article.evidence!.text}»`;
    notes.push(`no date in the article for this operation: ${what} is an upper bound`);
    if (article.evidence) evidence.push({ ...article.evidence, note: article.date });
    return { date: published, date_end: null, precision: 'day', expression: null, confidence: 'low', evidence, notes };
  }
  notes.push('no date in the article and no --published date');
  return { date: null, date_end: null, precision: null, expression, confidence: 'low', evidence, notes };
}
