/**
 * A PMTiles v3 archive writer (the `pmtiles` package only reads), following the spec
 * (github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): a 127-byte header, the root directory within the
 * first 16 KiB, gzipped JSON metadata, leaf directories when the root would not fit, then the tile data in tile
 * id (Hilbert) order. Identical tiles are stored once and consecutive ids with the same content become one run.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';
import { ByteWriter } from '../../src/domain/varint';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** Tile bytes as stored (gzipped MVT here). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER = 127;
const ROOT_MAX = 16384 - HEADER;

export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const w = new ByteWriter().varint(entries.length);
  let last = 0;
  for (const e of entries) {
    w.varint(e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) w.varint(e.runLength);
  for (const e of entries) w.varint(e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    w.varint(i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(w.finish());
}

/** The root directory, and leaf directories when every entry in the root would not fit its 16 KiB. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array[] } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_MAX) return { root, leaves: [] };
  for (let size = 4096; ; size *= 2) {
    const leaves: Uint8Array[] = [];
    const pointers: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = serializeDirectory(entries.slice(i, i + size));
      pointers.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leaves.push(leaf);
      offset += leaf.length;
    }
    const top = serializeDirectory(pointers);
    if (top.length <= ROOT_MAX) return { root: top, leaves };
  }
}

function header(f: Record<string, number>): Uint8Array {
  const b = new Uint8Array(HEADER);
  const v = new DataView(b.buffer);
  b.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  const u64 = (at: number, n: number) => {
    v.setUint32(at, n % 2 ** 32, true);
    v.setUint32(at + 4, Math.floor(n / 2 ** 32), true);
  };
  const fields = ['rootOffset', 'rootLength', 'metaOffset', 'metaLength', 'leafOffset', 'leafLength'];
  fields.push('dataOffset', 'dataLength', 'addressed', 'entries', 'contents');
  fields.forEach((name, k) => u64(8 + 8 * k, f[name]));
  [1, 2, 2, 1].forEach((x, k) => v.setUint8(96 + k, x)); // clustered, internal gzip, tiles gzip, MVT
  v.setUint8(100, f.minzoom);
  v.setUint8(101, f.maxzoom);
  ['minLon', 'minLat', 'maxLon', 'maxLat'].forEach((k, i) => v.setInt32(102 + 4 * i, Math.round(f[k] * 1e7), true));
  v.setUint8(118, f.centerZoom);
  v.setInt32(119, Math.round(f.centerLon * 1e7), true);
  v.setInt32(123, Math.round(f.centerLat * 1e7), true);
  return b;
}

/** The archive as consecutive parts (header and directories first, then tile data), to write one after another. */
export function writeArchive(tiles: readonly ArchiveTile[], opts: ArchiveOptions): Uint8Array[] {
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const data: Uint8Array[] = [];
  let dataLength = 0;
  for (const { id, data: bytes } of sorted) {
    const hash = createHash('sha256').update(bytes).digest('hex');
    let at = stored.get(hash);
    if (!at) {
      stored.set(hash, (at = { offset: dataLength, length: bytes.length }));
      data.push(bytes);
      dataLength += bytes.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === at.offset && last.tileId + last.runLength === id) last.runLength++;
    else entries.push({ tileId: id, offset: at.offset, length: at.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const meta = gzipSync(JSON.stringify(opts.metadata));
  const leafLength = leaves.reduce((s, l) => s + l.length, 0);
  const [minLon, minLat, maxLon, maxLat] = opts.bounds;
  const [centerLon, centerLat, centerZoom] = opts.center;
  const head = header({
    rootOffset: HEADER,
    rootLength: root.length,
    metaOffset: HEADER + root.length,
    metaLength: meta.length,
    leafOffset: HEADER + root.length + meta.length,
    leafLength,
    dataOffset: HEADER + root.length + meta.length + leafLength,
    dataLength,
    addressed: sorted.length,
    entries: entries.length,
    contents: data.length,
    minzoom: opts.minzoom,
    maxzoom: opts.maxzoom,
    minLon,
    minLat,
    maxLon,
    maxLat,
    centerZoom,
    centerLon,
    centerLat,
  });
  return [head, root, meta, ...leaves, ...data];
}
