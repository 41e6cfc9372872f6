/**
 * CLI: `npm run build:tiles -- --in FILE --out DIR [--maxzoom 12] [--tile-budget 4096]`. Builds a tiled dataset
 * (build-dir.ts) from a GeoJSON in the published format or a CSV, checked by the app's importer. DIR is
 * replaced at once; refused rows are printed with their file and line, and listed in the manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseGovernorates } from '../../src/domain/geo';
import { taxonomy as taxonomySchema } from '../../src/domain/meta-schema';
import { DEFAULT_TILES } from './build-tiles';
import { buildTilesDir, refusedLine } from './build-dir';

/** Refused rows printed (all are counted, and the manifest lists the first 200). */
const PRINTED = 20;

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    maxzoom: { type: 'string', default: String(DEFAULT_TILES.maxzoom) },
    'tile-budget': { type: 'string', default: String(DEFAULT_TILES.tileBudget) },
  },
});
const fail = (msg: string): never => {
  console.error(`build:tiles: ${msg}`);
  process.exit(1);
};
if (!values.in || !values.out) fail('usage: npm run build:tiles -- --in FILE --out DIR');
const maxzoom = Number(values.maxzoom);
const tileBudget = Number(values['tile-budget']);
if (!Number.isInteger(maxzoom) || maxzoom < 0 || maxzoom > 16) fail(`--maxzoom must be 0–16, got "${values.maxzoom}"`);
if (!Number.isInteger(tileBudget) || tileBudget < 1)
  fail(`--tile-budget must be a positive integer, got "${values['tile-budget']}"`);
const input = resolve(values.in!);
const out = resolve(values.out!);
if (!existsSync(input)) fail(`${values.in}: no such file`);
if (out.startsWith(resolve('data') + '/') || out === resolve('data')) fail('refusing to write into data/');

const started = performance.now();
try {
  const { manifest, errors } = buildTilesDir({
    input,
    out,
    govs: parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8'))),
    taxonomy: taxonomySchema.parse(parseYaml(readFileSync('data/taxonomy.yaml', 'utf8'))),
    tiles: { maxzoom, tileBudget },
    log: (line) => console.log(`build:tiles: ${line}`),
  });
  for (const e of errors.slice(0, PRINTED)) console.warn(`build:tiles: refused ${refusedLine(values.in!, e)}`);
  if (errors.length > PRINTED) console.warn(`build:tiles: … and ${errors.length - PRINTED} more refused rows`);
  console.log(
    `build:tiles: ${manifest.count} operations (${errors.length} refused) → ${values.out} (version ${manifest.version}) in ${Math.round(performance.now() - started)} ms`,
  );
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
