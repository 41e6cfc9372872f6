import type { ReactNode } from 'react';
import type { Range } from '../../domain/explain-match';

/** Text with the ranges a search matched in `<mark>` (data text: the caller sets `dir`). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (!ranges.length) return text;
  const out: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([a, b]) => {
    if (a > at) out.push(text.slice(at, a));
    out.push(<mark key={a}>{text.slice(a, b)}</mark>);
    at = b;
  });
  if (at < text.length) out.push(text.slice(at));
  return out;
}
