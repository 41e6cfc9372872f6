/**
 * Splits an article into paragraphs (lines) and sentences with their offsets and tokens, and numbers the clauses
 * of each sentence (commas and clause words such as "بالتزامن مع" start a new clause).
 */
import { findPhrases, type Phrase } from './matcher';
import { punctuationBetween, tokenize, type Token } from './tokens';

export interface Sentence {
  index: number;
  /** Paragraph number (0-based, counting non-empty lines). */
  para: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Clause number of each token. */
  clause: number[];
}

const SENTENCE_END = /[.!?؟]+(?=\s|$)|\n/g;

export function segment(text: string, clauseMarkers: Phrase<true>[]): Sentence[] {
  const out: Sentence[] = [];
  let para = -1;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const base = lineStart;
    lineStart += line.length + 1;
    if (!line.trim()) continue;
    para++;
    let from = 0;
    const ends = [...line.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length).concat(line.length);
    for (const end of ends) {
      const raw = line.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      const start = base + from + lead;
      from = end;
      if (!body) continue;
      const tokens = tokenize(body, start);
      if (!tokens.length) continue;
      out.push({
        index: out.length,
        para,
        start,
        end: start + body.length,
        text: body,
        tokens,
        clause: clauses(text, tokens, clauseMarkers),
      });
    }
  }
  return out;
}

function clauses(source: string, tokens: Token[], markers: Phrase<true>[]): number[] {
  const starts = new Set(findPhrases(tokens, markers).map((m) => m.from));
  let n = 0;
  return tokens.map((t, i) => {
    if (i > 0 && (starts.has(i) || punctuationBetween(source, tokens[i - 1], t))) n++;
    return n;
  });
}
