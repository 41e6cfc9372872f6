/**
 * Record chunks (`records/<k>.json`): the full features of consecutive rows, a JSON array each, cut once a chunk
 * passes CHUNK_BYTES (or holds CHUNK_MAX records), so a list page or the details of one operation fetch one
 * small file whatever the records' length. The first row of each chunk is the index's `chunk_start` column.
 */
import type { RecordSpool } from './collect';

export const CHUNK_BYTES = 128 * 1024;
export const CHUNK_MAX = 256;

/** Writes the chunks through `write`; returns the first row of each chunk and the row count at the end. */
export function writeChunks(
  order: Uint32Array,
  spool: RecordSpool,
  write: (path: string, text: string) => void,
  limits = { bytes: CHUNK_BYTES, max: CHUNK_MAX },
): { starts: number[]; bytes: number } {
  const starts: number[] = [];
  let parts: string[] = [];
  let size = 0;
  let total = 0;
  const flush = () => {
    const text = `[\n${parts.join(',\n')}\n]\n`;
    write(`records/${starts.length - 1}.json`, text);
    total += Buffer.byteLength(text);
    parts = [];
    size = 0;
  };
  order.forEach((input, row) => {
    if (!parts.length) starts.push(row);
    const text = spool.get(input);
    parts.push(text);
    size += text.length;
    if (size >= limits.bytes || parts.length >= limits.max) flush();
  });
  if (parts.length) flush();
  starts.push(order.length);
  return { starts, bytes: total };
}
