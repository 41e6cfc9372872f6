/**
 * Free-text search over a tiled dataset's token index (token-index.ts), with the app's own query forms
 * (`compileQuery`: the same normalisation, Arabic stems, transliteration folds and taxonomy vocabulary). Every
 * query word must match (AND); a word matches an operation holding a key that starts with the word (or its
 * English singular), its Arabic stem, its transliteration key, a Latin phrase it is part of, or a label it
 * names. Two differences from the small dataset's scan, said in the search box: a word matches from the start
 * of a word, not inside one, and Arabic words written together (ديرالزور) are not split.
 * Shards are fetched on demand through `shard(k)` (and kept by the caller).
 */
import { compileQuery, type Named } from './search';
import type { SearchVocabulary } from './search-vocabulary';
import type { SearchShard, TiledValues } from './tiled-format';
import { FOLD, shardsFor, STEM, type Shard } from './token-index';

export interface SearchColumns {
  type_set: Uint8Array | Uint16Array;
  actor_set: Uint8Array | Uint16Array;
  target: Uint8Array | Uint16Array;
  gov: Uint8Array | Uint16Array;
}

type LoadShard = (k: number) => Promise<Shard>;

/** Decoded postings per shard and key, kept with the shard (the caller keeps shards): a repeated word is free. */
const decoded = new WeakMap<Shard, Map<number, Uint32Array>>();
function postings(shard: Shard, k: number): Uint32Array {
  let byKey = decoded.get(shard);
  if (!byKey) decoded.set(shard, (byKey = new Map()));
  let p = byKey.get(k);
  if (!p) byKey.set(k, (p = shard.postings(k)));
  return p;
}

async function keyRows(
  shards: readonly SearchShard[],
  load: LoadShard,
  key: string,
  exact: boolean,
  out: Uint8Array,
): Promise<void> {
  for (const s of shardsFor(shards, key, exact)) {
    const shard = await load(s);
    const hits = exact ? [shard.find(key)].filter((k) => k >= 0) : shard.prefixed(key);
    for (const k of hits) {
      const rows = postings(shard, k);
      for (let i = 0; i < rows.length; i++) out[rows[i]] = 1;
    }
  }
}

/** Rows holding one of the codes a word names (`Named`), read from the index's code columns. */
function namedRows(named: Named | null, cols: SearchColumns, values: TiledValues, out: Uint8Array): void {
  if (!named) return;
  const tables: [keyof SearchColumns, string[], boolean, string][] = [
    ['type_set', values.typeSets, true, 'type'],
    ['actor_set', values.actorSets, true, 'actor'],
    ['target', values.targets, false, 'target'],
    ['gov', values.governorates, false, 'gov'],
  ];
  for (const [col, table, split, kind] of tables) {
    const want = named.codes.get(kind as never);
    if (!want) continue;
    const hit = new Uint8Array(0x10000);
    table.forEach((v, code) => (hit[code] = (split ? v.split('+') : [v]).some((x) => want.has(x)) ? 1 : 0));
    const codes = cols[col];
    for (let i = 0; i < codes.length; i++) if (hit[codes[i]]) out[i] = 1;
  }
}

/**
 * Row masks reused from query to query (a million rows are 1 MB each): allocating them anew on every keystroke
 * made the garbage collector run in the middle of searches. Slot 0 is the answer, valid until the next search.
 */
const pool: Uint8Array[] = [];
function mask(slot: number, n: number): Uint8Array {
  let m = pool[slot];
  if (m?.length !== n) pool[slot] = m = new Uint8Array(n);
  else m.fill(0);
  return m;
}

/**
 * Rows matching every word of `q` (1 = match); null when the query has no words (no search). The array is
 * reused by the next search: read it (or copy it) before searching again.
 */
export async function searchTiled(
  q: string,
  n: number,
  shards: readonly SearchShard[],
  load: LoadShard,
  cols: SearchColumns,
  values: TiledValues,
  vocabulary?: SearchVocabulary,
): Promise<Uint8Array | null> {
  const query = compileQuery(q, vocabulary);
  if (!query.terms.length) return null;
  // A phrase's rows as a list (a phrase names a place or two: few rows), merged into each word it covers.
  const spanRows = await Promise.all(
    query.spans.map(async (s, k) => {
      const rows = mask(2 + k, n);
      await keyRows(shards, load, FOLD + s.key, true, rows);
      if (s.named) namedRows(s.named, cols, values, rows);
      const hits: number[] = [];
      for (let r = 0; r < n; r++) if (rows[r]) hits.push(r);
      return hits;
    }),
  );
  let result: Uint8Array | null = null;
  for (let i = 0; i < query.terms.length; i++) {
    const t = query.terms[i];
    const rows = mask(i === 0 ? 0 : 1, n);
    if (t.token) await keyRows(shards, load, t.token, false, rows);
    if (t.alt) await keyRows(shards, load, t.alt, false, rows);
    if (t.stem) await keyRows(shards, load, STEM + t.stem, true, rows);
    if (t.fold) await keyRows(shards, load, FOLD + t.fold, true, rows);
    namedRows(query.named[i], cols, values, rows);
    query.spans.forEach((s, k) => {
      if (s.from <= i && i <= s.to) for (const r of spanRows[k]) rows[r] = 1;
    });
    if (result) for (let r = 0; r < n; r++) result[r] &= rows[r];
    else result = rows;
  }
  return result;
}
