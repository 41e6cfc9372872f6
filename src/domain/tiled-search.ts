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

/** Rows as a bitset over row numbers: row r is bit r & 31 of word r >>> 5 (a million rows are 125 KB). */
export type RowBits = Uint32Array;
export const hasRow = (bits: RowBits, r: number): boolean => ((bits[r >>> 5] >>> (r & 31)) & 1) === 1;
/** How many rows a bitset holds. */
export function countRows(bits: RowBits): number {
  let c = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w] - ((bits[w] >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    c += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return c;
}
const setRows = (rows: ArrayLike<number>, from: number, to: number, out: RowBits) => {
  for (let k = from; k < to; k++) out[rows[k] >>> 5] |= 1 << (rows[k] & 31);
};

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
  out: RowBits,
): Promise<void> {
  for (const s of shardsFor(shards, key, exact)) {
    const shard = await load(s);
    const hits = exact ? [shard.find(key)].filter((k) => k >= 0) : shard.prefixed(key);
    for (const k of hits) {
      const rows = postings(shard, k);
      setRows(rows, 0, rows.length, out);
    }
  }
}

/** Rows per code of a code column (CSR: the rows of code c are rows[start[c] … start[c+1]), ascending). */
interface CodeRows {
  start: Uint32Array;
  rows: Uint32Array;
}

/**
 * Built once per column, on the first word that names one of its codes: a name then costs its own rows, not a
 * pass over every row (a governorate's name at 1M rows was a million reads per table per keystroke).
 */
const codeRows = new WeakMap<Uint8Array | Uint16Array, CodeRows>();
function rowsByCode(codes: Uint8Array | Uint16Array): CodeRows {
  let index = codeRows.get(codes);
  if (index) return index;
  let top = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] > top) top = codes[i];
  const start = new Uint32Array(top + 2);
  for (let i = 0; i < codes.length; i++) start[codes[i] + 1]++;
  for (let c = 0; c <= top; c++) start[c + 1] += start[c];
  const fill = start.slice(0, top + 1);
  const rows = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) rows[fill[codes[i]]++] = i;
  codeRows.set(codes, (index = { start, rows }));
  return index;
}

/** Rows holding one of the codes a word names (`Named`), read from the index's code columns. */
function namedRows(named: Named | null, cols: SearchColumns, values: TiledValues, out: RowBits): void {
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
    const { start, rows } = rowsByCode(cols[col]);
    table.forEach((v, code) => {
      if (code + 1 < start.length && (split ? v.split('+') : [v]).some((x) => want.has(x)))
        setRows(rows, start[code], start[code + 1], out);
    });
  }
}

/**
 * Row sets reused from query to query: allocating them anew on every keystroke made the garbage collector run
 * in the middle of searches. Slot 0 is the answer, valid until the next search.
 */
const pool: RowBits[] = [];
function mask(slot: number, n: number): RowBits {
  const words = (n + 31) >>> 5;
  let m = pool[slot];
  if (m?.length !== words) pool[slot] = m = new Uint32Array(words);
  else m.fill(0);
  return m;
}

/**
 * Rows matching every word of `q` as a bitset (`hasRow`); null when the query has no words (no search). The
 * array is reused by the next search: read it (or copy it) before searching again.
 */
export async function searchTiled(
  q: string,
  n: number,
  shards: readonly SearchShard[],
  load: LoadShard,
  cols: SearchColumns,
  values: TiledValues,
  vocabulary?: SearchVocabulary,
): Promise<RowBits | null> {
  const query = compileQuery(q, vocabulary);
  if (!query.terms.length) return null;
  // A phrase's rows, merged into each word it covers.
  const spanRows = await Promise.all(
    query.spans.map(async (s, k) => {
      const rows = mask(2 + k, n);
      await keyRows(shards, load, FOLD + s.key, true, rows);
      if (s.named) namedRows(s.named, cols, values, rows);
      return rows;
    }),
  );
  let result: RowBits | null = null;
  for (let i = 0; i < query.terms.length; i++) {
    const t = query.terms[i];
    const rows = mask(i === 0 ? 0 : 1, n);
    if (t.token) await keyRows(shards, load, t.token, false, rows);
    if (t.alt) await keyRows(shards, load, t.alt, false, rows);
    if (t.stem) await keyRows(shards, load, STEM + t.stem, true, rows);
    if (t.fold) await keyRows(shards, load, FOLD + t.fold, true, rows);
    namedRows(query.named[i], cols, values, rows);
    query.spans.forEach((s, k) => {
      if (s.from <= i && i <= s.to) for (let w = 0; w < rows.length; w++) rows[w] |= spanRows[k][w];
    });
    if (result) for (let w = 0; w < rows.length; w++) result[w] &= rows[w];
    else result = rows;
  }
  return result;
}
