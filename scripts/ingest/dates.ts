/**
 * Date expressions in Arabic news text: "الخميس 16 من نيسان"، "في 19 أيلول الماضي"، "فجر الخميس الماضي"،
 * "أمس"، "قبل يومين"، "قبل نحو 24 ساعة من عملية …"، "مطلع أيار الحالي"، "الشهر الماضي"، "2020/05/18".
 * Owns finding them (`findDates`); `date-resolve.ts` turns them into calendar dates.
 */
import type { DatesLexicon, NumbersLexicon } from './lexicon';
import { findPhrases, matchAt, phrase, type Phrase } from './matcher';
import { parseNumberAt } from './numbers';
import type { Token } from './tokens';

export interface DateExpr {
  /** Token range (`to` exclusive) and character offsets in the source. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The Arabic words as written. */
  text: string;
  day?: number;
  month?: number;
  year?: number;
  /** "الحالي/الجاري" (current) or "الماضي" (past) after a month name. */
  monthMod?: 'current' | 'past';
  /** Month-level expression ("مطلع أيار", "الشهر الماضي"). */
  monthLevel?: boolean;
  weekday?: number;
  weekdayPast?: boolean;
  /** Days from the publication date (أمس → -1), or from the anchor operation when `anchorFrom` is set. */
  offsetDays?: number;
  offsetMonths?: number;
  /** Token index where "من عملية …" names the operation a "قبل N ساعة" expression counts from. */
  anchorFrom?: number;
}

type Part =
  | { k: 'month'; v: number }
  | { k: 'weekday'; v: number }
  | { k: 'rel'; v: number }
  | { k: 'relMonth'; v: number }
  | { k: 'current' }
  | { k: 'past' }
  | { k: 'weekdayPast' }
  | { k: 'tod' }
  | { k: 'part' }
  | { k: 'ago' }
  | { k: 'hours' }
  | { k: 'unit'; v: number };

export interface DateTables {
  parts: Phrase<Part>[];
}

const cache = new WeakMap<DatesLexicon, DateTables>();

export function dateTables(lex: DatesLexicon): DateTables {
  const hit = cache.get(lex);
  // Stryker disable next-line ConditionalExpression: caching only; rebuilt tables are the same
  if (hit) return hit;
  const parts: Phrase<Part>[] = [
    ...Object.entries(lex.months).flatMap(([m, ws]) => ws.map((w) => phrase<Part>(w, { k: 'month', v: +m }, 3))),
    ...Object.entries(lex.weekdays).flatMap(([d, ws]) => ws.map((w) => phrase<Part>(w, { k: 'weekday', v: +d }, 3))),
    ...lex.relative_days.map((r) => phrase<Part>(r.phrase, { k: 'rel', v: r.offset }, 2)),
    ...lex.relative_months.map((r) => phrase<Part>(r.phrase, { k: 'relMonth', v: r.offset }, 2)),
    ...lex.month_current.map((w) => phrase<Part>(w, { k: 'current' }, 1)),
    ...lex.month_past.map((w) => phrase<Part>(w, { k: 'past' }, 1)),
    ...lex.weekday_past.map((w) => phrase<Part>(w, { k: 'weekdayPast' }, 0)),
    ...lex.times_of_day.map((w) => phrase<Part>(w, { k: 'tod' }, 1)),
    ...lex.month_parts.map((w) => phrase<Part>(w, { k: 'part' }, 1)),
    ...lex.ago.map((w) => phrase<Part>(w, { k: 'ago' }, 1)),
    ...lex.ago_hours.map((w) => phrase<Part>(w, { k: 'hours' }, 1)),
    ...Object.entries(lex.ago_units).map(([w, v]) => phrase<Part>(w, { k: 'unit', v }, 1)),
  ];
  const tables = { parts };
  cache.set(lex, tables);
  return tables;
}

/** The date part starting exactly at token `i`, with its end. */
function partAt(tokens: Token[], i: number, tables: DateTables): { part: Part; to: number } | null {
  const m = findPhrases(tokens, tables.parts, i, Math.min(tokens.length, i + 3))[0];
  return m && m.from === i ? { part: m.value, to: m.to } : null;
}

const isDay = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.norm) && +t.norm >= 1 && +t.norm <= 31;
const isYear = (t: Token | undefined) => !!t && /^\d{4}$/.test(t.norm) && +t.norm >= 1900 && +t.norm <= 2100;

/** Parses one expression starting at `i`; null when the words there are not a date. */
function parseAt(tokens: Token[], i: number, dl: DatesLexicon, nl: NumbersLexicon): DateExpr | null {
  const tables = dateTables(dl);
  const e: Partial<DateExpr> = {};
  let k = i;
  let p = partAt(tokens, k, tables);
  const step = () => {
    k = p!.to;
    p = partAt(tokens, k, tables);
  };
  /** The kind of the part at `k` (a call, so that narrowing on `p` does not outlive `step()`). */
  const now = (): Part['k'] | undefined => p?.part.k;
  if (p?.part.k === 'tod') step();
  if (p?.part.k === 'rel') {
    e.offsetDays = p.part.v;
    step();
  }
  // "يوم الخميس": يوم before a weekday belongs to it, although it was read as the unit of "قبل N يوم".
  if (tokens[k]?.bare.includes('يوم') && partAt(tokens, k + 1, tables)?.part.k === 'weekday') {
    k++;
    p = partAt(tokens, k, tables);
  }
  if (p?.part.k === 'weekday') {
    e.weekday = p.part.v;
    step();
    if (now() === 'weekdayPast' || now() === 'past') {
      e.weekdayPast = true;
      step();
    }
  }
  const dayTok = tokens[k];
  const ofTok = tokens[k + 1]?.bare.includes('من') ? 1 : 0;
  const monthAfterDay = isDay(dayTok) ? partAt(tokens, k + 1 + ofTok, tables) : null;
  if (monthAfterDay?.part.k === 'month' && !e.weekdayPast) {
    e.day = +dayTok.norm;
    e.month = monthAfterDay.part.v;
    k = monthAfterDay.to;
    p = partAt(tokens, k, tables);
    if (p?.part.k === 'month') step(); // "آب/أغسطس"
    finishMonth();
  } else if (
    p &&
    (p.part.k === 'part' || p.part.k === 'month') &&
    e.weekday === undefined &&
    e.offsetDays === undefined
  ) {
    // A month without a day is a date only with a month part, a year or a modifier ("مطلع أيار الحالي").
    const save = k;
    const hadPart = p.part.k === 'part';
    if (hadPart) step();
    if (p?.part.k === 'month') {
      const month = p.part.v;
      step();
      if (p?.part.k === 'month') step();
      finishMonth();
      if (hadPart || e.year !== undefined || e.monthMod !== undefined) {
        e.month = month;
        e.monthLevel = true;
      }
    }
    // Stryker disable next-line ConditionalExpression,BlockStatement: without a month nothing is found, so parseAt returns null whatever k is
    if (e.month === undefined) {
      k = save;
      e.year = undefined;
      e.monthMod = undefined;
    }
  } else if (p?.part.k === 'relMonth') {
    e.offsetMonths = p.part.v;
    e.monthLevel = true;
    step();
  } else if (p?.part.k === 'ago' && e.offsetDays === undefined) {
    parseAgo();
  }
  function finishMonth() {
    if (isYear(tokens[k])) {
      e.year = +tokens[k].norm;
      k++;
      p = partAt(tokens, k, tables);
    } else if (p?.part.k === 'current' || p?.part.k === 'past') {
      e.monthMod = p.part.k;
      step();
    }
  }
  function parseAgo() {
    let j = p!.to;
    const approx = findPhrases(tokens, [phrase('نحو', 1), phrase('حوالي', 1)], j, j + 1)[0];
    if (approx) j = approx.to;
    const unitAt = (at: number) => partAt(tokens, at, tables);
    const n = parseNumberAt(tokens, j, nl);
    const count = n ? n.value : 1;
    const u = unitAt(n ? n.to : j);
    if (!u || (u.part.k !== 'unit' && u.part.k !== 'hours')) return;
    e.offsetDays = -(u.part.k === 'hours' ? Math.max(1, Math.round(count / 24)) : count * (u.part as { v: number }).v);
    k = u.to;
    if (
      tokens[k]?.bare.includes('من') &&
      // Stryker disable next-line EqualityOperator,StringLiteral,BooleanLiteral: a match ends past token k + 1, never at 0; a kind other than 'gap' is a word; no word but عملية itself begins with عملية (ة turns to ت before a suffix)
      matchAt(tokens, k + 1, [{ kind: 'word', word: 'عمليه', star: false, article: false }]) > 0
    )
      e.anchorFrom = k + 1;
  }
  const found =
    e.offsetDays !== undefined || e.weekday !== undefined || e.month !== undefined || e.offsetMonths !== undefined;
  if (!found) return null;
  // Stryker disable next-line StringLiteral: findDates sets the text from the source
  return { ...e, from: i, to: k, start: tokens[i].start, end: tokens[k - 1].end, text: '' };
}

/** All date expressions in a sentence's tokens, non-overlapping, with `text` cut from `source`. */
export function findDates(tokens: Token[], source: string, dl: DatesLexicon, nl: NumbersLexicon): DateExpr[] {
  const out: DateExpr[] = [];
  // Stryker disable next-line EqualityOperator: parsing from past the last token finds nothing
  for (let i = 0; i < tokens.length;) {
    const e = parseAt(tokens, i, dl, nl);
    if (!e) {
      i++;
      continue;
    }
    e.text = source.slice(e.start, e.end);
    out.push(e);
    i = e.to;
  }
  return out.concat(numericDates(tokens, source));
}

/** Dates written in digits: 2020/05/18, 18/5/2020, 18-05-2020. */
function numericDates(tokens: Token[], source: string): DateExpr[] {
  if (!tokens.length) return [];
  const base = tokens[0].start;
  // Arabic-Indic digits as ASCII (one character each, so offsets stay): "٢٠٢٠/٠٥/٠٧".
  const text = source
    .slice(base, tokens[tokens.length - 1].end)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const out: DateExpr[] = [];
  for (const m of text.matchAll(
    /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g,
  )) {
    const [y, mo, d] = m[1] ? [+m[1], +m[2], +m[3]] : [+m[6], +m[5], +m[4]];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const start = base + m.index;
    const end = start + m[0].length;
    const from = tokens.findIndex((t) => t.start >= start);
    // Stryker disable next-line EqualityOperator: a date ends at a digit, so the next token starts past a separator, never at its end
    const after = tokens.findIndex((t) => t.start >= end);
    // The text as written (Arabic-Indic digits stay), not the ASCII copy matched.
    const written = source.slice(start, end);
    // Stryker disable next-line EqualityOperator: the first token starts before the date ends, so after is never 0
    out.push({ from, to: after < 0 ? tokens.length : after, start, end, text: written, day: d, month: mo, year: y });
  }
  return out;
}
