/** Free-text matching over titles, summaries, places and quotes, in both scripts (Arabic-normalised). */
import { searchTokens } from './arabic';
import type { OperationFeature } from './operation-schema';

const haystacks = new WeakMap<OperationFeature, string>();

/** Normalised tokens of titles, summaries, places and quotes, joined by spaces (cached per feature). */
function haystack(op: OperationFeature): string {
  let h = haystacks.get(op);
  if (h === undefined) {
    const p = op.properties;
    const text = [
      p.title_ar,
      p.title_en,
      p.summary_ar,
      p.summary_en,
      p.place_ar,
      p.place_en,
      ...p.sources.map((s) => s.quote_ar),
    ];
    h = ` ${searchTokens(text.join(' ')).join(' ')} `;
    haystacks.set(op, h);
  }
  return h;
}

/** Every word of `q` occurs (as a part of a word) in the operation's text. */
export function matchesQuery(op: OperationFeature, q: string): boolean {
  const tokens = searchTokens(q);
  if (!tokens.length) return true;
  const h = haystack(op);
  return tokens.every((t) => h.includes(t));
}
