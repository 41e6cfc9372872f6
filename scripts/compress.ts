/**
 * Writes `.gz` and `.br` beside every text file of the build (dist/ by default), for static hosts that serve
 * precompressed files (nginx gzip_static / brotli_static; most CDNs compress on their own). Each file is written
 * to a temporary name and renamed, so a failed run never leaves a truncated one.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|json|geojson|svg|webmanifest|txt|map)$/;
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

function write(path: string, data: Buffer) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Precompresses every text file of `dir` over 1 KB; returns how many and the sizes before and after brotli. */
export function compressDir(dir: string): { count: number; before: number; after: number } {
  let count = 0;
  let before = 0;
  let after = 0;
  for (const path of files(dir)) {
    if (statSync(path).size < MIN_BYTES) continue;
    const body = readFileSync(path);
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    write(`${path}.gz`, gzipSync(body, { level: 9 }));
    write(`${path}.br`, br);
    count++;
    before += body.length;
    after += br.length;
  }
  return { count, before, after };
}
