/**
 * The rules an operation must meet beyond its schema, the same ones the data build applies to reviewed records
 * (no date after today, no end before its start, places inside Syria), plus those an imported file needs:
 * a known governorate that contains the point, http(s) source links, `year` matching `date`, outcome ranges
 * with min ≤ max. They read a candidate feature defensively (it may fail its schema too) and return issues
 * with the feature's field paths.
 */
import type { RowIssue } from './dataset-issues';
import type { Governorate } from './geo';
import { contains } from './geo-index';
import { BORDER_TOLERANCE_KM, kmToGovernorate, nearestGovernorate } from './geo-distance';
import { isRealDate } from './operation-schema';

export interface RuleContext {
  govs: Governorate[];
  /** Dates after this day (YYYY-MM-DD) are refused as future dates. */
  today: string;
}

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (v !== null && typeof v === 'object' ? (v as Loose) : {});
const date = (v: unknown): string | null => (typeof v === 'string' && isRealDate(v) ? v : null);

/** A start date and its optional end: neither after today, the end not before the start. */
function spanIssues(field: string, startV: unknown, endField: string, endV: unknown, today: string): RowIssue[] {
  const out: RowIssue[] = [];
  const start = date(startV);
  const end = date(endV);
  if (start && start > today) out.push({ code: 'futureDate', field, value: start, today });
  if (end && start && end < start) out.push({ code: 'endBeforeStart', field: endField, value: end, start });
  else if (end && end > today) out.push({ code: 'futureDate', field: endField, value: end, today });
  return out;
}

export function dateIssues(props: Loose, today: string): RowIssue[] {
  const p = 'properties.';
  const out = spanIssues(`${p}date`, props.date, `${p}date_end`, props.date_end, today);
  const alternatives = Array.isArray(props.date_alternatives) ? props.date_alternatives : [];
  alternatives.forEach((a, i) => {
    const f = `${p}date_alternatives.${i}.`;
    out.push(...spanIssues(`${f}date`, obj(a).date, `${f}date_end`, obj(a).date_end, today));
  });
  const sources = Array.isArray(props.sources) ? props.sources : [];
  sources.forEach((s, i) => {
    const f = `${p}sources.${i}.`;
    out.push(...spanIssues(`${f}published`, obj(s).published, `${f}published_end`, obj(s).published_end, today));
  });
  const d = date(props.date);
  if (d && typeof props.year === 'number' && props.year !== Number(d.slice(0, 4)))
    out.push({ code: 'yearMismatch', field: `${p}year`, value: String(props.year), expected: d.slice(0, 4) });
  return out;
}

/** Links already judged (a dataset cites the same sources again and again); emptied when it grows large. */
const httpLinks = new Map<string, boolean>();

function isHttpLink(v: string): boolean {
  let known = httpLinks.get(v);
  if (known === undefined) {
    try {
      const { protocol } = new URL(v);
      known = protocol === 'http:' || protocol === 'https:';
    } catch {
      known = false;
    }
    if (httpLinks.size >= 10_000) httpLinks.clear();
    httpLinks.set(v, known);
  }
  return known;
}

/** Empty, or an absolute http(s) link: no `javascript:`, `data:` or relative links in an analyst's sources. */
export function urlIssue(field: string, v: unknown): RowIssue | null {
  if (typeof v !== 'string' || v.trim() === '') return null;
  return isHttpLink(v.trim()) ? null : { code: 'badUrl', field, value: v };
}

const placeMemo = new WeakMap<Governorate[], Map<string, RowIssue[]>>();

/**
 * The point inside Syria, the governorate a known code, and the point inside that governorate (± tolerance).
 * Remembered per point and code: a dataset repeats its places, and a point outside every polygon costs a walk
 * along every border. Callers copy the list, never change it.
 */
export function placeIssues(coords: unknown, gov: unknown, govs: Governorate[]): RowIssue[] {
  const plain = Array.isArray(coords) && coords.length === 2 && typeof gov === 'string';
  const key =
    plain && typeof coords[0] === 'number' && typeof coords[1] === 'number' ? `${coords[0]},${coords[1]},${gov}` : null;
  if (key === null) return checkPlace(coords, gov, govs);
  let memo = placeMemo.get(govs);
  if (!memo) placeMemo.set(govs, (memo = new Map()));
  let issues = memo.get(key);
  if (!issues) {
    issues = checkPlace(coords, gov, govs);
    if (memo.size < 100_000) memo.set(key, issues);
  }
  return issues;
}

function checkPlace(coords: unknown, gov: unknown, govs: Governorate[]): RowIssue[] {
  const out: RowIssue[] = [];
  const ok = Array.isArray(coords) && coords.length === 2 && coords.every((c) => Number.isFinite(c));
  const p = ok ? ([coords[0], coords[1]] as [number, number]) : null;
  const point = p ? `${p[0]}, ${p[1]}` : '';
  const stated = typeof gov === 'string' ? govs.find((g) => g.iso === gov) : undefined;
  if (stated && p && contains(stated, p)) return out;
  const near = p && nearestGovernorate(p, govs);
  const outside = !!near && near.km > BORDER_TOLERANCE_KM;
  if (outside) out.push({ code: 'outsideSyria', field: 'geometry.coordinates', point, km: near.km });
  const field = 'properties.governorate';
  if (typeof gov === 'string' && gov !== '' && !stated)
    out.push({ code: 'unknownGovernorate', field, value: gov, known: govs.map((g) => g.iso).sort() });
  else if (stated && p && near && !outside && kmToGovernorate(p, stated) > BORDER_TOLERANCE_KM)
    out.push({ code: 'notInGovernorate', field, value: stated.iso, point, actual: near.gov.iso });
  return out;
}

const OUTCOMES = ['killed', 'captured', 'freed', 'evacuated'];

export function ruleIssues(candidate: unknown, ctx: RuleContext): RowIssue[] {
  const f = obj(candidate);
  const props = obj(f.properties);
  const out = [...placeIssues(obj(f.geometry).coordinates, props.governorate, ctx.govs)];
  out.push(...dateIssues(props, ctx.today));
  const sources = Array.isArray(props.sources) ? props.sources : [];
  sources.forEach((s, i) => {
    const issue = urlIssue(`properties.sources.${i}.url`, obj(s).url);
    if (issue) out.push(issue);
  });
  for (const o of OUTCOMES) {
    const [min, max] = [props[`${o}_min`], props[`${o}_max`]];
    if (typeof min === 'number' && typeof max === 'number' && min > max)
      out.push({ code: 'minAboveMax', field: `properties.${o}_min` });
  }
  return out;
}
