/**
 * The token index of a tiled dataset (`search/<k>.bin`): every search key of every operation with its postings
 * (the rows holding it), keys sorted and cut into shards of about SHARD_BYTES, so a query fetches one or two
 * shards (the manifest lists each shard's first and last key). Keys are the app's own search forms
 * (search-index.ts, the same folding as the small dataset's search): normalised tokens as they are, Arabic stems
 * after `=`, Latin transliteration keys after `~` (neither sign survives tokenising, so kinds never meet).
 *
 * Shard layout: varint key count; per key a varint UTF-8 length and the bytes; per key varint posting count,
 * encoding (0: ascending rows as varint gaps, 1: a bitset over all rows) and byte length; then the postings.
 */
import { operationIndex } from './search';
import type { OperationFeature } from './operation-schema';
import type { SearchShard } from './tiled-format';
import { ByteReader, ByteWriter } from './varint';

export const STEM = '=';
export const FOLD = '~';
/** Shards are cut once they pass this many bytes (a key's postings are never split). */
export const SHARD_BYTES = 64 * 1024;

const words = (spaced: string) => spaced.split(' ').filter(Boolean);

/** The search keys of one operation: tokens, `=`stems and `~`folds. */
export function operationKeys(op: OperationFeature): string[] {
  const index = operationIndex(op);
  return [
    ...new Set([
      ...words(index.plain),
      ...words(index.stems).map((s) => STEM + s),
      ...words(index.folds).map((f) => FOLD + f),
    ]),
  ];
}

/** Postings as bytes: varint gaps, or a bitset over `rows` rows when that is smaller. */
export function encodePostings(postings: ArrayLike<number>, rows: number): { encoding: 0 | 1; bytes: Uint8Array } {
  // One threshold for both decisions: gaps are kept only when all of them fit in the bitmap's size.
  const bitmapBytes = Math.ceil(rows / 8);
  const gaps = new ByteWriter();
  let last = 0;
  for (let i = 0; i < postings.length; i++) {
    gaps.varint(postings[i] - last);
    last = postings[i];
    if (gaps.length > bitmapBytes) break;
  }
  if (gaps.length <= bitmapBytes) return { encoding: 0, bytes: gaps.finish() };
  const bits = new Uint8Array(bitmapBytes);
  for (let i = 0; i < postings.length; i++) bits[postings[i] >> 3] |= 1 << (postings[i] & 7);
  return { encoding: 1, bytes: bits };
}

export function decodePostings(encoding: number, bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  if (encoding === 0) {
    const r = new ByteReader(bytes);
    let row = 0;
    for (let i = 0; i < count; i++) out[i] = row += r.varint();
    return out;
  }
  let k = 0;
  for (let b = 0; b < bytes.length; b++)
    for (let bit = 0; bit < 8 && bytes[b] >> bit; bit++) if (bytes[b] & (1 << bit)) out[k++] = b * 8 + bit;
  return out;
}

export interface ShardEntry {
  key: string;
  postings: ArrayLike<number>;
}

const encoder = new TextEncoder();

export function encodeShard(entries: readonly ShardEntry[], rows: number): Uint8Array {
  const head = new ByteWriter().varint(entries.length);
  const meta = new ByteWriter();
  const data = new ByteWriter();
  for (const { key, postings } of entries) {
    const k = encoder.encode(key);
    head.varint(k.length).bytes(k);
    const { encoding, bytes } = encodePostings(postings, rows);
    meta.varint(postings.length).varint(encoding).varint(bytes.length);
    data.bytes(bytes);
  }
  return head.bytes(meta.finish()).bytes(data.finish()).finish();
}

export interface Shard {
  keys: string[];
  /** The rows holding key k. */
  postings(k: number): Uint32Array;
  /** Index of a key, or -1. */
  find(key: string): number;
  /** Indices of the keys starting with `prefix` (consecutive: keys are sorted). */
  prefixed(prefix: string): number[];
}

const decoder = new TextDecoder();

/** The first index whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function decodeShard(bytes: Uint8Array): Shard {
  const r = new ByteReader(bytes);
  const n = r.varint();
  const keys = Array.from({ length: n }, () => decoder.decode(r.bytes(r.varint())));
  const meta = Array.from({ length: n }, () => ({ count: r.varint(), encoding: r.varint(), length: r.varint() }));
  const starts: number[] = [];
  let at = r.pos;
  for (const m of meta) {
    starts.push(at);
    at += m.length;
  }
  return {
    keys,
    postings: (k) =>
      decodePostings(meta[k].encoding, bytes.subarray(starts[k], starts[k] + meta[k].length), meta[k].count),
    find(key) {
      const i = lowerBound(keys, key);
      return keys[i] === key ? i : -1;
    },
    prefixed(prefix) {
      const out: number[] = [];
      for (let i = lowerBound(keys, prefix); i < n && keys[i].startsWith(prefix); i++) out.push(i);
      return out;
    },
  };
}

/** The shards that can hold keys starting with `prefix` (or exactly `key` when `exact`). */
export function shardsFor(shards: readonly SearchShard[], prefix: string, exact = false): number[] {
  const out: number[] = [];
  shards.forEach((s, i) => {
    const lastOk = exact ? s.last >= prefix : s.last >= prefix || s.last.startsWith(prefix);
    const firstOk = exact ? s.first <= prefix : s.first <= prefix || s.first.startsWith(prefix);
    if (lastOk && firstOk) out.push(i);
  });
  return out;
}
