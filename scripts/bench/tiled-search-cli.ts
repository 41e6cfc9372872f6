/**
 * The 1M search benchmark in a process of its own (`tiled-bench.ts` runs it): the search runs in the tiled
 * worker, whose heap holds only the dataset's index and shards. Measured inside the benchmark's main process,
 * every young-generation collection also walked the gigabytes the filter benchmarks had left there, which the
 * worker never has. Prints the figures as JSON. Usage: `tsx scripts/bench/tiled-search-cli.ts DIR META`.
 */
import { readFileSync } from 'node:fs';
import type { Meta } from '../../src/domain/meta-schema';
import { benchTiledSearch } from './tiled-bench';

const [dir, metaPath] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Meta;
benchTiledSearch(dir, meta).then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
