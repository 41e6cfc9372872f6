/**
 * What a list row shows of why it matched: marks in its title and place (in the UI language), and, when some
 * query word matched elsewhere (summary, the other language, another name of the place, a quote, a label),
 * one short snippet of that field with its marks.
 */
import { explainMatch, type MatchField, type MatchPart, type Range } from './explain-match';
import type { UiLang } from './format';
import type { OperationFeature } from './operation-schema';
import { compiledQuery } from './search';
import type { SearchVocabulary } from './search-vocabulary';

export interface RowMatch {
  title: Range[];
  place: Range[];
  snippet: MatchPart | null;
}

export const NO_MATCH: RowMatch = { title: [], place: [], snippet: null };

/** The field as the UI names it: both titles are "the title", both summaries "the summary", … */
export const fieldName = (field: MatchField) => field.replace(/_(ar|en)$/, '') as FieldName;
export type FieldName = 'title' | 'place' | 'summary' | 'quote' | 'place_name' | 'type' | 'actor' | 'target' | 'gov';

/** Fields a snippet may come from, most telling first, for a UI language. */
function snippetOrder(lang: UiLang): MatchField[] {
  const other = lang === 'ar' ? 'en' : 'ar';
  return [
    `place_${other}`,
    'place_name',
    `title_${other}`,
    `summary_${lang}`,
    `summary_${other}`,
    'type',
    'actor',
    'target',
    'gov',
    'quote',
  ];
}

/** A window of at most `max` characters of the part's text around its first range, cut at spaces, with "…". */
export function shorten(part: MatchPart, max = 90): MatchPart {
  if (part.text.length <= max) return part;
  const { text } = part;
  const [s0, e0] = part.ranges[0];
  let from = Math.max(0, s0 - Math.floor(max / 3));
  const after = text.indexOf(' ', from);
  if (from > 0 && after !== -1 && after < s0) from = after + 1;
  let to = Math.min(text.length, from + max);
  const before = text.lastIndexOf(' ', to);
  if (to < text.length && before > e0) to = before;
  to = Math.max(to, e0);
  const head = from > 0 ? '… ' : '';
  const shift = head.length - from;
  const ranges = part.ranges.filter(([a, b]) => a >= from && b <= to).map(([a, b]): Range => [a + shift, b + shift]);
  return { ...part, text: `${head}${text.slice(from, to)}${to < text.length ? ' …' : ''}`, ranges };
}

export function rowMatch(op: OperationFeature, q: string, lang: UiLang, vocabulary?: SearchVocabulary): RowMatch {
  const count = compiledQuery(q, vocabulary).terms.length;
  if (!count) return NO_MATCH;
  const parts = explainMatch(op, q, vocabulary);
  const title = parts.find((x) => x.field === `title_${lang}`);
  const place = parts.find((x) => x.field === `place_${lang}`);
  const shown = new Set([...(title?.words ?? []), ...(place?.words ?? [])]);
  let snippet: MatchPart | null = null;
  if (shown.size < count) {
    const order = snippetOrder(lang);
    const gain = (x: MatchPart) => x.words.filter((w) => !shown.has(w)).length;
    const candidates = parts
      .filter((x) => order.includes(x.field) && gain(x) > 0)
      .sort((a, b) => gain(b) - gain(a) || order.indexOf(a.field) - order.indexOf(b.field));
    if (candidates.length) snippet = shorten(candidates[0]);
  }
  return { title: title?.ranges ?? [], place: place?.ranges ?? [], snippet };
}
