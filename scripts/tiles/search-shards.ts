/**
 * The token index's shards (src/domain/token-index.ts): postings gathered per key in row order (a counting
 * sort over the rows' key ids), keys sorted as JS compares strings, then cut into shards of about SHARD_BYTES.
 */
import type { SearchShard } from '../../src/domain/tiled-format';
import { encodeShard, SHARD_BYTES, type ShardEntry } from '../../src/domain/token-index';
import type { Collected } from './collect';

export function writeShards(
  c: Collected,
  write: (path: string, bytes: Uint8Array) => void,
  shardBytes = SHARD_BYTES,
): SearchShard[] {
  const counts = new Uint32Array(c.keys.length + 1);
  for (let i = 0; i < c.keyIds.length; i++) counts[c.keyIds[i] + 1]++;
  for (let k = 1; k < counts.length; k++) counts[k] += counts[k - 1];
  const starts = counts.slice();
  const postings = new Uint32Array(c.keyIds.length);
  // Rows ascending, so each key's postings come out ascending.
  for (let row = 0; row < c.n; row++) {
    const input = c.order[row];
    for (let j = c.keyStarts[input]; j < c.keyStarts[input + 1]; j++) postings[counts[c.keyIds[j]]++] = row;
  }
  const sorted = Uint32Array.from(c.keys.keys()).sort((a, b) => (c.keys[a] < c.keys[b] ? -1 : 1));
  const shards: SearchShard[] = [];
  let entries: ShardEntry[] = [];
  let estimate = 0;
  const flush = () => {
    const bytes = encodeShard(entries, c.n);
    write(`search/${shards.length}.bin`, bytes);
    shards.push({ first: entries[0].key, last: entries[entries.length - 1].key, bytes: bytes.length });
    entries = [];
    estimate = 0;
  };
  for (const k of sorted) {
    const list = postings.subarray(starts[k], starts[k + 1]);
    entries.push({ key: c.keys[k], postings: list });
    // A rough size (key, a byte or two a posting, at most the bitset): enough to cut shards.
    estimate += c.keys[k].length * 2 + Math.min(list.length * 1.5, c.n / 8) + 4;
    if (estimate >= shardBytes) flush();
  }
  if (entries.length) flush();
  return shards;
}
