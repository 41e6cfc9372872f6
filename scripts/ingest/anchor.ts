/**
 * The day an article's relative dates count from ("أمس", "الخميس الماضي", "19 أيلول" without a year): the
 * publication date when the analyst gave one; otherwise the article's own dateline (a full date standing alone
 * near the top or at the bottom: "الثلاثاء 19 نوفمبر / تشرين الثاني 2019", "16/05/2015", "دمشق 27 أكتوبر 2019");
 * otherwise a date the article gives for its own day ("اليوم الأربعاء 16 حزيران", the year inferred from the
 * weekday). Never a date after `today`.
 */
import { resolveDate } from './date-resolve';
import type { DateExpr } from './dates';
import type { Sentence } from './segment';
import type { FieldEvidence } from './types';

export type AnchorKind = 'published' | 'dateline' | 'stated';

export interface Anchor {
  date: string;
  kind: AnchorKind;
  /** The words it came from (dateline or stated day), with their offsets; null for a given publication date. */
  evidence: FieldEvidence | null;
}

/** A dateline sentence is short, or its date opens it (after at most a place name and a separator). */
const DATELINE_MAX_TOKENS = 14;
const DATELINE_MAX_LEAD = 3;

const full = (e: DateExpr) => e.day !== undefined && e.month !== undefined && e.year !== undefined;
const ev = (e: DateExpr, note: string): FieldEvidence => ({ text: e.text, start: e.start, end: e.end, note });

/** The article's dateline, or null. Looks at the first three paragraphs and the last one. */
export function findDateline(sentences: Sentence[], dates: DateExpr[][], today: string): Anchor | null {
  const lastPara = sentences.length ? sentences[sentences.length - 1].para : 0;
  for (const s of sentences) {
    if (s.para > 2 && s.para !== lastPara) continue;
    for (const e of dates[s.index] ?? []) {
      if (!full(e) || (s.tokens.length > DATELINE_MAX_TOKENS && e.from > DATELINE_MAX_LEAD)) continue;
      const r = resolveDate(e, null);
      if (r.date && r.date <= today) return { date: r.date, kind: 'dateline', evidence: ev(e, 'dateline') };
    }
  }
  return null;
}

/** "اليوم الأربعاء 16 حزيران": a date the article states for its own day, resolved without an anchor. */
export function findStatedDay(sentences: Sentence[], dates: DateExpr[][], today: string): Anchor | null {
  for (const s of sentences)
    for (const e of dates[s.index] ?? []) {
      if (e.offsetDays !== 0 || e.day === undefined) continue;
      const r = resolveDate(e, null, null, today);
      if (r.date && r.date <= today) return { date: r.date, kind: 'stated', evidence: ev(e, 'the article\'s "today"') };
    }
  return null;
}

export function articleAnchor(
  published: string | null,
  sentences: Sentence[],
  dates: DateExpr[][],
  today: string,
): Anchor | null {
  if (published) return { date: published, kind: 'published', evidence: null };
  return findDateline(sentences, dates, today) ?? findStatedDay(sentences, dates, today);
}

/** Says which anchor relative dates were counted from (a note for the analyst). */
export function anchorNote(a: Anchor): string {
  if (a.kind === 'published') return `relative dates counted from the publication date ${a.date}`;
  const what = a.kind === 'dateline' ? "the article's dateline" : 'the day the article calls "today"';
  return `no publication date given: relative dates counted from ${what} «${a.evidence!.text}» (${a.date})`;
}
