/**
 * The tiled dataset format (`npm run build:tiles`): what `manifest.json` says and how `index.bin` is laid out.
 * Rows are the operations in date order (stable: equal dates keep the input's order), the order the filter
 * engine uses; a row number is also the feature id in the vector tiles and the position in the record chunks
 * and search postings. `index.bin` is little-endian typed arrays one after another, each starting on an 8-byte
 * boundary, named and placed by `manifest.index.columns`. Readers here are shared by the build's tests and the app.
 */
import type { RowError } from './dataset-issues';
import type { Taxonomy } from './meta-schema';

export const TILED_FORMAT_VERSION = 1;

export type ColumnType = 'int32' | 'uint32' | 'uint16' | 'uint8' | 'float32';
export interface IndexColumn {
  name: string;
  type: ColumnType;
  /** Byte offset in index.bin. */
  offset: number;
  /** Number of values. */
  length: number;
}

/** Codes stored for "no value" in a code column (no target). */
export const NO_CODE = { uint8: 0xff, uint16: 0xffff } as const;

/** Value tables: a code column's value k is `values[name][k]`; sets are distinct ids joined by `+`, sorted. */
export interface TiledValues {
  types: string[];
  typeSets: string[];
  actorSets: string[];
  targets: string[];
  governorates: string[];
  precisions: string[];
  confidence: string[];
  datePrecisions: string[];
}

/** Bits of the `flags` column. */
export const FLAG = { airborneExplicit: 1, corroborated: 2, dateDisputed: 4 } as const;

/** The outcome columns, stored only for rows with any figure (`outcome_rows`); -1 where not stated. */
export const OUTCOME_COLUMNS = [
  'killed_min',
  'killed_max',
  'captured_min',
  'captured_max',
  'freed_min',
  'freed_max',
  'evacuated_min',
  'evacuated_max',
] as const;

export interface SearchShard {
  /** First and last key in the shard (keys sorted by UTF-16 code units, as JS compares strings). */
  first: string;
  last: string;
  bytes: number;
}

export interface TiledManifest {
  format: 'atlas-tiled';
  formatVersion: number;
  /** Content hash of everything the build wrote: the data version. */
  version: string;
  /** The input file, whether it is synthetic, and the version it named for itself. */
  source: { name: string; format: 'geojson' | 'csv'; synthetic: boolean; version: string | null };
  count: number;
  /** Refused rows of the input: how many, and the first ones with their lines and issues. */
  refused: { count: number; first: RowError[] };
  bounds: [number, number, number, number];
  dates: { first: string; last: string } | null;
  files: { tiles: string; index: string; records: string; search: string };
  tiles: {
    layer: string;
    minzoom: number;
    maxzoom: number;
    /** Below this zoom, dense places keep a sample (see README "Large datasets"); from it on, every operation. */
    fullzoom: number;
    features: number[];
    tiles: number;
    bytes: number;
  };
  index: { bytes: number; columns: IndexColumn[] };
  values: TiledValues;
  records: { chunks: number; bytes: number };
  search: { keys: number; shards: SearchShard[] };
  taxonomy: Taxonomy | null;
}

type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float32Array;
const CTOR = { int32: Int32Array, uint32: Uint32Array, uint16: Uint16Array, uint8: Uint8Array, float32: Float32Array };

/** Views on index.bin's columns (no copy). */
export function readIndex(buffer: ArrayBuffer, columns: readonly IndexColumn[]): Record<string, Typed> {
  const out: Record<string, Typed> = {};
  for (const c of columns) {
    const end = c.offset + c.length * CTOR[c.type].BYTES_PER_ELEMENT;
    if (end > buffer.byteLength) throw new Error(`index.bin: column ${c.name} ends past the file (${end} bytes)`);
    out[c.name] = new CTOR[c.type](buffer, c.offset, c.length);
  }
  return out;
}

const utf8 = new TextDecoder();

/** The id of a row, from the `id_offsets` / `id_bytes` columns. */
export function idOf(index: Record<string, Typed>, row: number): string {
  const offsets = index.id_offsets;
  return utf8.decode((index.id_bytes as Uint8Array).subarray(offsets[row], offsets[row + 1]));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The row of an id (binary search over `id_order`, ids compared as UTF-8 bytes), or -1. */
export function rowOf(index: Record<string, Typed>, id: string): number {
  const want = new TextEncoder().encode(id);
  const order = index.id_order;
  const offsets = index.id_offsets;
  let lo = 0;
  let hi = order.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = order[mid];
    const cmp = compareBytes((index.id_bytes as Uint8Array).subarray(offsets[row], offsets[row + 1]), want);
    if (cmp === 0) return row;
    if (cmp < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The record chunk holding a row (binary search over `chunk_start`). */
export function chunkOf(index: Record<string, Typed>, row: number): number {
  const starts = index.chunk_start;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= row) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
