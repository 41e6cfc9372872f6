/**
 * CLI: `npm run build:tiles -- --in FILE --out DIR [--maxzoom 12] [--tile-budget 4096]`. Builds a tiled dataset
 * (build-tiles.ts) from a GeoJSON in the published format or a CSV, checked by the app's importer. DIR is
 * replaced at once: everything is written into a sibling temp directory that then takes its place.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseGovernorates } from '../../src/domain/geo';
import { taxonomy as taxonomySchema } from '../../src/domain/meta-schema';
import { buildTiled, DEFAULT_TILES, type Sink } from './build-tiles';
import { collector, type RecordSpool } from './collect';
import { readInput } from './read-input';

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
const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const taxonomy = taxonomySchema.parse(parseYaml(readFileSync('data/taxonomy.yaml', 'utf8')));
const tmp = `${out}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

/** Record texts in a file beside the output, read back by offset once the rows are in date order. */
function fileSpool(path: string): RecordSpool & { close(): void } {
  const fd = openSync(path, 'w+');
  const at: number[] = [];
  const len: number[] = [];
  let end = 0;
  return {
    put(text) {
      const bytes = Buffer.from(text);
      writeSync(fd, bytes, 0, bytes.length, end);
      at.push(end);
      len.push(bytes.length);
      end += bytes.length;
    },
    get(k) {
      const buf = Buffer.alloc(len[k]);
      readSync(fd, buf, 0, len[k], at[k]);
      return buf.toString();
    },
    close: () => closeSync(fd),
  };
}

const sink: Sink = {
  write(path, data) {
    const full = join(tmp, path);
    mkdirSync(dirname(full), { recursive: true });
    const fd = openSync(full, 'w');
    try {
      for (const part of Array.isArray(data) ? data : [data])
        writeSync(fd, typeof part === 'string' ? Buffer.from(part) : part);
    } finally {
      closeSync(fd);
    }
  },
};

let spool = fileSpool(join(tmp, '.records.spool'));
let collect = collector(spool);
let lastReport = 0;
try {
  const read = readInput(
    input,
    govs,
    () => {
      // A restart (the whole-file parse after the stream gave up): forget what the stream sent.
      if (collect.count()) {
        spool.close();
        spool = fileSpool(join(tmp, '.records.spool'));
        collect = collector(spool);
      }
      return collect.add;
    },
    (bytes, rows) => {
      if (performance.now() - lastReport < 2000) return;
      lastReport = performance.now();
      console.log(`build:tiles: read ${(bytes / 1e6).toFixed(0)} MB, ${rows} rows`);
    },
  );
  if (!collect.count()) throw new Error(`${values.in}: no valid operation (${read.errors.length} refused)`);
  console.log(
    `build:tiles: ${collect.count()} operations, ${read.errors.length} refused (${Math.round(performance.now() - started)} ms)`,
  );
  const manifest = buildTiled(collect.finish(), spool, sink, {
    source: { name: input.split('/').pop()!, format: read.format, synthetic: read.synthetic, version: read.version },
    errors: read.errors,
    taxonomy,
    tiles: { maxzoom, tileBudget },
    log: (line) => console.log(`build:tiles: ${line}`),
  });
  spool.close();
  rmSync(join(tmp, '.records.spool'));
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  console.log(
    `build:tiles: ${manifest.count} operations → ${values.out} (version ${manifest.version}) in ${Math.round(performance.now() - started)} ms`,
  );
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  fail(e instanceof Error ? e.message : String(e));
}
