/**
 * The date of one operation from the date expressions of its sentences: one day, a span of two adjacent days
 * when the article's expressions differ by a day ("أمس" and "اليوم، الاثنين 18 من أيار"), the date of the
 * operation it was told with (inherited, low confidence), or the publication date as a last resort (low).
 */
import { daysBetween } from '../../src/domain/dates';
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
  published: string | null,
  dateOf: Map<OpEvent, EventDate>,
  anchorOf: (sentence: number, token: number) => string | null,
): EventDate {
  const found = e.mentions
    .filter((m) => m.kind !== 'context')
    .flatMap((m) =>
      m.dates.map((d) => ({
        d,
        r: resolveDate(d, published, d.anchorFrom !== undefined ? anchorOf(m.s.index, d.anchorFrom) : null),
      })),
    );
  const notes = found.flatMap((f) => f.r.notes);
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
  if (published) {
    notes.push('no date in the article for this operation: the publication date is an upper bound');
    return { date: published, date_end: null, precision: 'day', expression: null, confidence: 'low', evidence, notes };
  }
  notes.push('no date in the article and no --published date');
  return { date: null, date_end: null, precision: null, expression, confidence: 'low', evidence, notes };
}
