import { mkdtempSync, openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { FileSource, PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { sortByDate } from '../../src/domain/dataset';
import { toDay } from '../../src/domain/dates';
import type { OperationFeature } from '../../src/domain/operation-schema';
import {
  chunkOf,
  FLAG,
  idOf,
  OUTCOME_COLUMNS,
  readIndex,
  rowOf,
  type TiledManifest,
} from '../../src/domain/tiled-format';
import { decodeShard, operationKeys, shardsFor } from '../../src/domain/token-index';
import { parseGazetteer } from '../data-build/gazetteer';
import { rng, synthFeatures } from '../synth/synth';
import { buildTiled } from './build-tiles';
import { collector, memorySpool } from './collect';

const N = 600;
const { places } = parseGazetteer(readFileSync('data/gazetteer/gazetteer-sy.tsv', 'utf8'));

/** Synthetic operations in a shuffled order, some with secondary types, several actors and outcomes. */
function operations(): OperationFeature[] {
  const r = rng(11);
  const ops = [...synthFeatures(places, { n: N, seed: 5 })].map((op, i) => {
    if (i % 7 === 0) op.properties.secondary_types = ['hostage-rescue'];
    if (i % 5 === 0) op.properties.captured_min = 2;
    return op;
  });
  for (let i = ops.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [ops[i], ops[j]] = [ops[j], ops[i]];
  }
  return ops;
}

let files: Map<string, Uint8Array>;
let manifest: TiledManifest;
let sorted: OperationFeature[];
const text = (path: string) => new TextDecoder().decode(files.get(path));

beforeAll(() => {
  const input = operations();
  // What the app would hold: the operations in date order, equal dates in input order.
  sorted = sortByDate([...input]);
  files = new Map();
  const spool = memorySpool();
  const c = collector(spool);
  input.forEach(c.add);
  manifest = buildTiled(
    c.finish(),
    spool,
    {
      write: (path, data) => {
        const parts = (Array.isArray(data) ? data : [data]).map((p) => (typeof p === 'string' ? Buffer.from(p) : p));
        files.set(path, Buffer.concat(parts));
      },
    },
    {
      source: { name: 'synth.geojson', format: 'geojson', synthetic: true, version: null },
      errors: [],
      taxonomy: null,
      // A small budget, so that this small set is thinned below maxzoom.
      tiles: { maxzoom: 10, tileBudget: 100 },
    },
  );
});

describe('tiled dataset: index.bin', () => {
  it('holds every operation in date order: id, days, point, facets, flags', () => {
    const bytes = files.get('index.bin')!;
    expect(manifest.index.bytes).toBe(bytes.length);
    const ix = readIndex(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
      manifest.index.columns,
    );
    const v = manifest.values;
    expect(manifest.count).toBe(N);
    sorted.forEach((op, row) => {
      const p = op.properties;
      expect(idOf(ix, row)).toBe(op.id);
      expect(rowOf(ix, op.id)).toBe(row);
      expect(ix.start[row]).toBe(toDay(p.date));
      expect(ix.start[row] + ix.span[row]).toBe(toDay(p.date_end ?? p.date));
      expect([ix.lon[row], ix.lat[row]]).toEqual(op.geometry.coordinates.map(Math.fround));
      expect(v.types[ix.type[row]]).toBe(p.type);
      expect(v.typeSets[ix.type_set[row]]).toBe([...new Set([p.type, ...p.secondary_types])].sort().join('+'));
      expect(v.actorSets[ix.actor_set[row]]).toBe([...new Set(p.actors)].sort().join('+'));
      expect(ix.target[row] === 0xff ? null : v.targets[ix.target[row]]).toBe(p.target);
      expect(v.governorates[ix.gov[row]]).toBe(p.governorate);
      expect(v.precisions[ix.prec[row]]).toBe(p.location_precision);
      expect(v.confidence[ix.conf[row]]).toBe(p.confidence);
      expect(v.datePrecisions[ix.date_prec[row]]).toBe(p.date_precision);
      expect(!!(ix.flags[row] & FLAG.airborneExplicit)).toBe(p.airborne_explicit);
      expect(!!(ix.flags[row] & FLAG.dateDisputed)).toBe(p.date_disputed);
    });
    expect(rowOf(ix, 'no-such-id')).toBe(-1);
  });

  it('keeps the outcome figures of exactly the rows that have any', () => {
    const bytes = files.get('index.bin')!;
    const ix = readIndex(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
      manifest.index.columns,
    );
    const rows = sorted.flatMap((op, row) => (OUTCOME_COLUMNS.some((c) => op.properties[c] !== null) ? [row] : []));
    expect(Array.from(ix.outcome_rows)).toEqual(rows);
    rows.forEach((row, k) => OUTCOME_COLUMNS.forEach((c) => expect(ix[c][k]).toBe(sorted[row].properties[c] ?? -1)));
  });
});

describe('tiled dataset: records', () => {
  it('has every full record once, in row order, chunk by chunk as chunk_start says', () => {
    const bytes = files.get('index.bin')!;
    const ix = readIndex(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
      manifest.index.columns,
    );
    const chunks = Array.from({ length: manifest.records.chunks }, (_, k) => JSON.parse(text(`records/${k}.json`)));
    expect(chunks.flat()).toEqual(sorted);
    expect(chunks.length).toBeGreaterThan(1);
    for (const row of [0, 1, N - 1, Math.floor(N / 2)]) {
      const k = chunkOf(ix, row);
      expect(chunks[k][row - ix.chunk_start[k]]).toEqual(sorted[row]);
    }
  });
});

describe('tiled dataset: search shards', () => {
  const decoded = new Map<number, ReturnType<typeof decodeShard>>();
  const shard = (k: number) => {
    if (!decoded.has(k)) decoded.set(k, decodeShard(files.get(`search/${k}.bin`)!));
    return decoded.get(k)!;
  };

  it('finds every key of every operation, with that operation among its rows', () => {
    expect(manifest.search.shards.length).toBeGreaterThan(0);
    sorted.forEach((op, row) => {
      for (const key of operationKeys(op)) {
        const [k] = shardsFor(manifest.search.shards, key, true);
        const s = shard(k);
        expect(Array.from(s.postings(s.find(key)))).toContain(row);
      }
    });
  });

  it('lists each key once, with exactly the rows holding it', () => {
    const want = new Map<string, number[]>();
    sorted.forEach((op, row) => operationKeys(op).forEach((key) => want.set(key, [...(want.get(key) ?? []), row])));
    const got = new Map<string, number[]>();
    manifest.search.shards.forEach((_, k) => {
      const s = shard(k);
      s.keys.forEach((key, i) => got.set(key, Array.from(s.postings(i))));
    });
    expect(got).toEqual(want);
    // "synthetic" is in every record: stored as a bitset, still every row.
    expect(got.get('synthetic')).toEqual(sorted.map((_, row) => row));
  });

  it('finds keys by prefix across shards, and stems and transliteration keys by their mark', () => {
    const rows = (prefix: string) =>
      new Set(
        shardsFor(manifest.search.shards, prefix).flatMap((k) => {
          const s = shard(k);
          return s.prefixed(prefix).flatMap((i) => Array.from(s.postings(i)));
        }),
      );
    expect(rows('synth').size).toBe(N);
    expect(rows('اصطناع').size).toBe(N);
    expect(rows('~snttk').size).toBe(N);
    expect(rows('zzzz').size).toBe(0);
  });
});

describe('tiled dataset: vector tiles', () => {
  let archive: PMTiles;
  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tiles-')), 'operations.pmtiles');
    writeFileSync(path, files.get('operations.pmtiles')!);
    archive = new PMTiles(new FileSource(new File([await openAsBlob(path)], 'operations.pmtiles')));
  });

  /** Every feature of every tile of a zoom, decoded from the archive. */
  async function zoom(z: number) {
    const out: { id: number; props: Record<string, unknown>; lonLat: number[] }[] = [];
    const size = 2 ** z;
    const [w, s, e, n] = manifest.bounds;
    const tx = (lon: number) => Math.floor(((lon + 180) / 360) * size);
    const ty = (lat: number) => {
      const r = (lat * Math.PI) / 180;
      return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * size);
    };
    for (let x = tx(w); x <= tx(e); x++)
      for (let y = ty(n); y <= ty(s); y++) {
        const got = await archive.getZxy(z, x, y);
        if (!got) continue;
        const layer = new VectorTile(new PbfReader(new Uint8Array(got.data))).layers.operations;
        for (let i = 0; i < layer.length; i++) {
          const f = layer.feature(i);
          const geo = f.toGeoJSON(x, y, z).geometry as { coordinates: number[] };
          out.push({ id: f.id!, props: f.properties, lonLat: geo.coordinates });
        }
      }
    return out;
  }

  it('holds every operation at maxzoom, with its row as id and its filter properties', async () => {
    const h = await archive.getHeader();
    expect([h.minZoom, h.maxZoom, h.tileType, h.tileCompression]).toEqual([0, 10, 1, 2]);
    const features = await zoom(10);
    expect(features.map((f) => f.id).sort((a, b) => a - b)).toEqual(sorted.map((_, row) => row));
    for (const { id, props, lonLat } of features) {
      const p = sorted[id].properties;
      expect(props).toMatchObject({
        type: p.type,
        actors: [...new Set(p.actors)].sort().join('+'),
        governorate: p.governorate,
        location_precision: p.location_precision,
        confidence: p.confidence,
        s: toDay(p.date),
        e: toDay(p.date_end ?? p.date),
        y0: p.year,
      });
      expect(props.types).toBe([...new Set([p.type, ...p.secondary_types])].sort().join('+'));
      expect(props.date_disputed ?? false).toBe(p.date_disputed);
      expect(props.airborne_explicit ?? false).toBe(p.airborne_explicit);
      expect(props.target ?? null).toBe(p.target);
      expect(props.n).toBeUndefined();
      // 4096 units across a zoom-10 tile: within 10 m.
      expect(Math.abs(lonLat[0] - sorted[id].geometry.coordinates[0])).toBeLessThan(1e-4);
      expect(Math.abs(lonLat[1] - sorted[id].geometry.coordinates[1])).toBeLessThan(1e-4);
    }
  });

  it('thins lower zooms within the tile budget, nested, each feature standing for the ones it replaces', async () => {
    let above = new Set((await zoom(10)).map((f) => f.id));
    for (let z = 9; z >= 0; z--) {
      const features = await zoom(z);
      const ids = new Set(features.map((f) => f.id));
      expect([...ids].every((id) => above.has(id))).toBe(true);
      expect(features.reduce((s, f) => s + ((f.props.n as number) ?? 1), 0)).toBe(N);
      expect(manifest.tiles.features[z]).toBe(features.length);
      above = ids;
    }
    // Syria fits one tile at zoom 3: that tile is thinned to the budget.
    expect((await zoom(3)).length).toBeLessThanOrEqual(100);
    expect((await zoom(3)).length).toBeGreaterThan(50);
  });
});

describe('tiled dataset: manifest', () => {
  it('names the version of the content, the counts and the files', () => {
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(text('manifest.json'))).toEqual(manifest);
    expect(files.has(manifest.files.tiles)).toBe(true);
    expect(manifest.source.synthetic).toBe(true);
    expect(manifest.dates?.first).toBe(sorted[0].properties.date);
  });
});
