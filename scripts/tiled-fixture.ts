/**
 * Test helper: a tiled dataset built in memory from synthetic operations, with the build's own functions, for
 * the app readers' unit tests and the e2e spec (the same bytes the CLI would write). Node only.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseGazetteer } from './data-build/gazetteer';
import { buildTiled, type TileOptions } from './tiles/build-tiles';
import { collector, memorySpool } from './tiles/collect';
import { synthFeatures } from './synth/synth';
import { sortByDate } from '../src/domain/dataset';
import type { OperationFeature } from '../src/domain/operation-schema';
import type { TiledManifest } from '../src/domain/tiled-format';

export interface BuiltTiled {
  manifest: TiledManifest;
  files: Map<string, Uint8Array>;
  /** The operations as the small dataset holds them (date order). */
  sorted: OperationFeature[];
}

export function buildTestTiled(
  n: number,
  seed = 5,
  edit?: (op: OperationFeature, i: number) => void,
  tiles: Partial<TileOptions> = { maxzoom: 6, tileBudget: 100 },
): BuiltTiled {
  const { places } = parseGazetteer(readFileSync('data/gazetteer/gazetteer-sy.tsv', 'utf8'));
  const input = [...synthFeatures(places, { n, seed })];
  input.forEach((op, i) => edit?.(op, i));
  const files = new Map<string, Uint8Array>();
  const spool = memorySpool();
  const c = collector(spool);
  input.forEach(c.add);
  const manifest = buildTiled(
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
      tiles,
    },
  );
  return { manifest, files, sorted: sortByDate([...input]) };
}

/** Writes a built dataset's files under `dir` (as the CLI lays them out). */
export function writeTiled(dir: string, built: BuiltTiled): void {
  for (const [path, bytes] of built.files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, bytes);
  }
}
