/**
 * The searchable forms of one document (an operation, or a taxonomy label): built once and cached by the
 * caller. `plain` is what every query scans; the other forms are built on first need, only for documents where
 * a query word was not found plainly (a scan for "synthetic 12345" never builds them):
 * - `plain`   normalised tokens (`searchTokens`), space-separated: a query token matches inside a word;
 * - `stems`   Arabic stems (`arabicStem`): a query stem matches a whole stem (رهائن meets رهينة);
 * - `compact` the Arabic text without spaces (punctuation and other scripts still separate), for a query
 *             written without them (ديرالزور meets دير الزور);
 * - `folds`   Latin transliteration keys (`latinKey`) of names: every word of a name, the whole name and its
 *             runs of words; in free text only capitalised words and runs that start and end capitalised
 *             (proper names), so that "shell" in a summary does not meet Shahil.
 */
import { normalizeArabic, searchTokens } from './arabic';
import { arabicStem } from './inflection';
import { finishKey, foldedWord, usableKey } from './transliterate';

/** What a document holds: free text (titles, summaries, quotes) and names (places, labels). */
export interface Sources {
  texts: readonly string[];
  names: readonly string[];
}

/** Longest run of words folded into one key (Dayr al-Zawr, Abu al Layl …). */
export const MAX_RUN = 4;

const ARABIC = /[\u0621-\u064A]/;

/** Words of a Latin text with their capitalisation, split at spaces, hyphens and punctuation; runs break at punctuation. */
export function latinRuns(text: string): { word: string; cap: boolean }[][] {
  return text
    .split(/[.,;:!?()[\]{}"«»/|]+/)
    .map((segment) =>
      segment
        .split(/[\s\-–—]+/)
        .filter((w) => /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(w))
        .map((w) => ({ word: w, cap: /^\p{Lu}/u.test(w.replace(/^[\u2018\u2019'`ʿʾ]+/, '')) })),
    )
    .filter((run) => run.length > 0);
}

/** The transliteration keys of runs of up to MAX_RUN words (`names`: every run; else capitalised ones only). */
export function runKeys(text: string, names: boolean, out: Set<string>): void {
  for (const run of latinRuns(text)) {
    const parts = run.map((w) => foldedWord(w.word));
    for (let a = 0; a < run.length; a++) {
      if (!names && !run[a].cap) continue;
      let joined = '';
      for (let b = a; b < Math.min(run.length, a + MAX_RUN); b++) {
        joined += parts[b];
        if (!names && !run[b].cap) continue;
        const key = usableKey(finishKey(joined));
        if (key) out.add(key);
      }
    }
    if (names && run.length > MAX_RUN) {
      const key = usableKey(finishKey(parts.join('')));
      if (key) out.add(key);
    }
  }
}

const spaced = (words: Iterable<string>) => ` ${[...words].join(' ')} `;

export class SearchIndex {
  readonly plain: string;
  private stemsCache?: string;
  private compactCache?: string;
  private foldsCache?: string;

  constructor(private readonly sources: Sources) {
    this.plain = spaced(searchTokens([...sources.texts, ...sources.names].join(' ')));
  }

  get stems(): string {
    this.stemsCache ??= spaced(
      new Set(
        this.plain
          .split(' ')
          .filter((t) => ARABIC.test(t))
          .map(arabicStem),
      ),
    );
    return this.stemsCache;
  }

  get compact(): string {
    this.compactCache ??= [...this.sources.texts, ...this.sources.names]
      .map((t) =>
        normalizeArabic(t)
          .replace(/[^\u0621-\u064A\s]+/g, '|')
          .replace(/\s+/g, ''),
      )
      .join('|');
    return this.compactCache;
  }

  get folds(): string {
    if (this.foldsCache === undefined) {
      const keys = new Set<string>();
      for (const t of this.sources.texts) runKeys(t, false, keys);
      for (const n of this.sources.names) runKeys(n, true, keys);
      this.foldsCache = spaced(keys);
    }
    return this.foldsCache;
  }
}
