/**
 * The tiles build's core (`npm run build:tiles`): from collected operations (collect.ts) to the files of a tiled
 * dataset, handed to a sink in a fixed order — index.bin, record chunks, search shards, operations.pmtiles —
 * then manifest.json, whose `version` is a hash of everything before it. No file system here: the CLI's sink
 * writes into a temp directory, the tests' keeps the bytes.
 */
import { createHash } from 'node:crypto';
import type { RowError } from '../../src/domain/dataset-issues';
import type { Taxonomy } from '../../src/domain/meta-schema';
import { TILED_FORMAT_VERSION, type TiledManifest } from '../../src/domain/tiled-format';
import type { Collected, RecordSpool } from './collect';
import { encodeIndex } from './index-file';
import { writeArchive } from './pmtiles-writer';
import { writeChunks } from './records';
import { writeShards } from './search-shards';
import { mercator, thin } from './thinning';
import { buildTiles, LAYER } from './vector-tiles';

export interface Sink {
  write(path: string, data: Uint8Array | string | Uint8Array[]): void;
}

export interface TileOptions {
  minzoom: number;
  maxzoom: number;
  /** Below maxzoom, a tile holds at most this many operations (thinning.ts). */
  tileBudget: number;
}

export const DEFAULT_TILES: TileOptions = { minzoom: 0, maxzoom: 12, tileBudget: 4096 };

export interface BuildInput {
  source: TiledManifest['source'];
  errors: RowError[];
  taxonomy: Taxonomy | null;
  tiles?: Partial<TileOptions>;
  /** Progress lines (the CLI prints them). */
  log?: (line: string) => void;
}

/** How many refused rows the manifest lists with their issues (all are counted). */
export const LISTED_ERRORS = 200;

function bounds(c: Collected): [number, number, number, number] {
  if (!c.n) return [0, 0, 0, 0];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < c.n; i++)
    [w, s, e, n] = [Math.min(w, c.lon[i]), Math.min(s, c.lat[i]), Math.max(e, c.lon[i]), Math.max(n, c.lat[i])];
  return [w, s, e, n];
}

export function buildTiled(c: Collected, spool: RecordSpool, sink: Sink, input: BuildInput): TiledManifest {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
    throw new Error('build:tiles: needs a little-endian machine');
  const opts = { ...DEFAULT_TILES, ...input.tiles };
  const log = input.log ?? (() => {});
  const hash = createHash('sha256');
  const sizes = { records: 0 };
  const write = (path: string, data: Uint8Array | string | Uint8Array[]) => {
    hash.update(path);
    for (const part of Array.isArray(data) ? data : [data]) hash.update(part);
    sink.write(path, data);
  };

  const chunks = writeChunks(c.order, spool, (path, text) => write(path, text));
  sizes.records = chunks.bytes;
  log(`records: ${chunks.starts.length - 1} chunks`);
  const index = encodeIndex(c, chunks.starts);
  write('index.bin', index.bytes);
  log(`index: ${index.bytes.length} bytes`);
  const shards = writeShards(c, (path, bytes) => write(path, bytes));
  log(`search: ${c.keys.length} keys in ${shards.length} shards`);

  const x = new Float64Array(c.n);
  const y = new Float64Array(c.n);
  for (let i = 0; i < c.n; i++) [x[i], y[i]] = mercator(c.lon[i], c.lat[i]);
  const levels = thin(x, y, { minzoom: opts.minzoom, fullzoom: opts.maxzoom, tileBudget: opts.tileBudget });
  const tiles = buildTiles(c, levels, x, y);
  const box = bounds(c);
  const archive = writeArchive(tiles, {
    minzoom: opts.minzoom,
    maxzoom: opts.maxzoom,
    bounds: box,
    center: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2, Math.min(opts.maxzoom, 6)],
    metadata: {
      name: input.source.name,
      format: 'pbf',
      description: 'Operations of a tiled atlas dataset (npm run build:tiles)',
      vector_layers: [{ id: LAYER, minzoom: opts.minzoom, maxzoom: opts.maxzoom, fields: FIELDS }],
    },
  });
  write('operations.pmtiles', archive);
  const archiveBytes = archive.reduce((s, p) => s + p.length, 0);
  log(`tiles: ${tiles.length} tiles, ${archiveBytes} bytes`);

  const manifest: TiledManifest = {
    format: 'atlas-tiled',
    formatVersion: TILED_FORMAT_VERSION,
    version: hash.digest('hex').slice(0, 16),
    source: input.source,
    count: c.n,
    refused: { count: input.errors.length, first: input.errors.slice(0, LISTED_ERRORS) },
    bounds: box,
    dates: c.dates,
    files: {
      tiles: 'operations.pmtiles',
      index: 'index.bin',
      records: 'records/{chunk}.json',
      search: 'search/{shard}.bin',
    },
    tiles: {
      layer: LAYER,
      minzoom: opts.minzoom,
      maxzoom: opts.maxzoom,
      fullzoom: opts.maxzoom,
      features: levels.map((l) => l.rows.length),
      tiles: tiles.length,
      bytes: archiveBytes,
    },
    index: { bytes: index.bytes.length, columns: index.columns },
    values: c.values,
    records: { chunks: chunks.starts.length - 1, bytes: sizes.records },
    search: { keys: c.keys.length, shards },
    taxonomy: input.taxonomy,
  };
  sink.write('manifest.json', `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** The tile layer's fields (TileJSON `vector_layers`), as vector-tiles.ts writes them. */
const FIELDS: Record<string, string> = {
  type: 'String',
  types: 'String',
  actors: 'String',
  target: 'String',
  governorate: 'String',
  location_precision: 'String',
  confidence: 'String',
  s: 'Number',
  e: 'Number',
  y0: 'Number',
  y1: 'Number',
  date_disputed: 'Boolean',
  airborne_explicit: 'Boolean',
  corroborated: 'Boolean',
  n: 'Number',
};
