/**
 * A tiled dataset written to a directory (what the CLI runs): the input read with the app's importer
 * (read-input.ts), the records spooled to a temp file, the build's files written into a sibling temp directory
 * that takes DIR's place only once everything is written. A failure leaves DIR as it was and no temp files.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RowError } from '../../src/domain/dataset-issues';
import type { Governorate } from '../../src/domain/geo';
import type { Taxonomy } from '../../src/domain/meta-schema';
import type { TiledManifest } from '../../src/domain/tiled-format';
import { buildTiled, type Sink, type TileOptions } from './build-tiles';
import { collector, type RecordSpool } from './collect';
import { readInput } from './read-input';

export interface DirOptions {
  input: string;
  out: string;
  govs: Governorate[];
  taxonomy: Taxonomy | null;
  tiles?: Partial<TileOptions>;
  log?: (line: string) => void;
}

/** Record texts in a file beside the output, read back by offset once the rows are in date order. */
function fileSpool(path: string): RecordSpool & { close(): void } {
  const fd = openSync(path, 'w+');
  const at: number[] = [];
  const len: number[] = [];
  let end = 0;
  let open = true;
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
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

function dirSink(root: string): Sink {
  return {
    write(path, data) {
      const full = join(root, path);
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
}

/** One line per refused row, naming the file, the line and the row: `file:12: row 7: date notRealDate "2020-02-30"`. */
export function refusedLine(file: string, e: RowError): string {
  const issues = e.issues.map((i) => `${i.field || '(row)'} ${i.code}${'value' in i ? ` "${i.value}"` : ''}`);
  return `${file}:${e.line}: row ${e.row}: ${issues.join('; ')}`;
}

export function buildTilesDir(o: DirOptions): { manifest: TiledManifest; errors: RowError[] } {
  const log = o.log ?? (() => {});
  const name = basename(o.input);
  const started = performance.now();
  const tmp = `${o.out}.tmp-${process.pid}`;
  const old = `${o.out}.old-${process.pid}`;
  const spoolPath = join(tmp, '.records.spool');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let spool = fileSpool(spoolPath);
  let collect = collector(spool);
  let lastReport = 0;
  try {
    const read = readInput(
      o.input,
      o.govs,
      () => {
        // A restart (the whole-file parse after the stream gave up): forget what the stream sent.
        if (collect.count()) {
          spool.close();
          spool = fileSpool(spoolPath);
          collect = collector(spool);
        }
        return collect.add;
      },
      (bytes, rows) => {
        if (performance.now() - lastReport < 2000) return;
        lastReport = performance.now();
        log(`read ${(bytes / 1e6).toFixed(0)} MB, ${rows} rows`);
      },
    );
    if (!collect.count()) throw new Error(`${name}: no valid operation (${read.errors.length} refused)`);
    log(`${collect.count()} operations, ${read.errors.length} refused (${Math.round(performance.now() - started)} ms)`);
    const manifest = buildTiled(collect.finish(), spool, dirSink(tmp), {
      source: { name, format: read.format, synthetic: read.synthetic, version: read.version },
      errors: read.errors,
      taxonomy: o.taxonomy,
      tiles: o.tiles,
      log,
    });
    spool.close();
    rmSync(spoolPath);
    mkdirSync(dirname(o.out), { recursive: true });
    if (existsSync(o.out)) renameSync(o.out, old);
    renameSync(tmp, o.out);
    return { manifest, errors: read.errors };
  } finally {
    spool.close();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
