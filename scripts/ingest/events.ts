/**
 * Groups an article's mentions into operations. A new operation starts at an operation sentence with a place no
 * earlier operation has, or at "a similar/another operation"; references back ("العملية"), follow-up sentences
 * and sentences naming the same place add to an operation; a sentence naming only a governorate ("إنزال جوي في
 * ريف دير الزور") opens an operation that the first compatible named place then refines.
 */
import type { ResolvedSpan } from './geocode';
import type { DateExpr } from './dates';
import { mentionGovs, primaryPlace, type Mention } from './mentions';

export interface OpEvent {
  mentions: Mention[];
  /** Where it happened (a resolved place, or a name the gazetteer could not place), or null. */
  place: ResolvedSpan | null;
  /** Governorates named in its sentences. */
  govs: string[];
  firstPara: number;
  lastPara: number;
  /** The operation that was being told when this one started (for date inheritance). */
  previous: OpEvent | null;
}

export const placeIdentity = (p: ResolvedSpan) => p.place?.id ?? `name:${p.span.key}`;

function compatible(e: OpEvent, govs: string[]): boolean {
  const mine = e.place?.gov ? [e.place.gov, ...e.govs] : e.govs;
  return !mine.length || !govs.length || govs.some((g) => mine.includes(g));
}

function attach(e: OpEvent, m: Mention) {
  e.mentions.push(m);
  e.lastPara = m.s.para;
  for (const g of mentionGovs(m)) if (!e.govs.includes(g)) e.govs.push(g);
}

export function groupMentions(mentions: Mention[]): OpEvent[] {
  const events: OpEvent[] = [];
  let current: OpEvent | null = null;
  const open = (m: Mention, place: ResolvedSpan | null) => {
    const e: OpEvent = { mentions: [], place, govs: [], firstPara: m.s.para, lastPara: m.s.para, previous: current };
    attach(e, m);
    events.push(e);
    current = e;
  };
  for (const m of mentions) {
    if (m.kind === 'generic' || m.kind === 'non-airborne') continue;
    const p = primaryPlace(m);
    const govs = mentionGovs(m);
    const cur: OpEvent | null = current;
    const same = p && events.find((e) => e.place && placeIdentity(e.place) === placeIdentity(p));
    if (m.kind === 'op' || m.kind === 'similar') {
      const others = m.dual ? distinctPlaces(m).filter((q) => placeIdentity(q) !== placeIdentity(p!)) : [];
      if (others.length) {
        // "عمليتي إنزال في مدينة البصيرة وقرية أبريهة": one operation per place.
        open(m, p);
        for (const q of others.slice(0, 1)) open(m, q);
        continue;
      }
      if (same && m.kind === 'op' && datesDiffer(same, m)) open(m, p);
      else if (same && m.kind === 'op') {
        attach(same, m);
        current = same;
      } else if (p && cur && !cur.place && m.kind === 'op' && compatible(cur, govs)) {
        cur.place = p;
        attach(cur, m);
      } else if (p || m.kind === 'similar' || !cur || m.s.para - cur.lastPara > 2 || !compatible(cur, govs)) open(m, p);
      else attach(cur, m);
      continue;
    }
    if (!cur) continue;
    if (p) {
      if (cur.place && placeIdentity(cur.place) === placeIdentity(p)) attach(cur, m);
      else if (!cur.place && compatible(cur, govs) && (m.kind === 'anaphor' || m.aircraft || m.types.length > 0)) {
        cur.place = p;
        attach(cur, m);
      }
    } else if (m.s.para - cur.lastPara <= 1) attach(cur, m);
  }
  return mergeCoarse(events);
}

/** The named places of a mention after its operation cue, one per identity. */
function distinctPlaces(m: Mention): ResolvedSpan[] {
  const seen = new Set<string>();
  return m.places.filter((p) => {
    const id = placeIdentity(p);
    if (p.span.govIso || p.span.secondary || p.span.from < m.cueAt || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const dayKey = (d: DateExpr) =>
  d.day !== undefined ? `${d.day}/${d.month}` : d.weekday !== undefined ? `w${d.weekday}` : `o${d.offsetDays}`;

/**
 * "وكانت قوات التحالف نفذت في 15 تشرين الأول من العام الفائت عملية إنزال في الشحيل": the same place told with a
 * day of its own that none of the operation's sentences gives is an earlier operation, not the same one.
 */
function datesDiffer(e: OpEvent, m: Mention): boolean {
  const mine = m.dates.filter((d) => d.day !== undefined);
  if (!mine.length) return false;
  const theirs = e.mentions.flatMap((x) => x.dates);
  return theirs.length > 0 && !theirs.some((d) => mine.some((x) => dayKey(x) === dayKey(d)));
}

/** An operation known only by its governorate, with no date of its own, is the article's main operation. */
function mergeCoarse(events: OpEvent[]): OpEvent[] {
  const main = events.find((e) => e.place);
  if (!main) return events;
  return events.filter((e) => {
    if (e.place || e === main || e.mentions.some((m) => m.dates.length) || !compatible(main, e.govs)) return true;
    main.mentions.push(...e.mentions);
    main.mentions.sort((a, b) => a.s.index - b.s.index);
    for (const g of e.govs) if (!main.govs.includes(g)) main.govs.push(g);
    return false;
  });
}
