/// <reference lib="webworker" />
/**
 * The tiled dataset's worker: fetches index.bin once, answers filter queries with the columnar engine
 * (domain/tiled-engine.ts) and free text with the token index (domain/tiled-search.ts, shards fetched on
 * demand and kept), so that a million operations are counted off the main thread. Replies carry typed arrays
 * as transferables.
 */
import { buildVocabulary, type SearchVocabulary } from '../../domain/search-vocabulary';
import { buildTiledEngine, type TiledColumns, type TiledEngine } from '../../domain/tiled-engine';
import { readIndex, rowOf, type TiledManifest } from '../../domain/tiled-format';
import { countRows, searchTiled, type SearchColumns } from '../../domain/tiled-search';
import { decodeShard, type Shard } from '../../domain/token-index';
import type { Envelope, Reply, Request } from './protocol';

let base = '';
let manifest: TiledManifest;
let index: ReturnType<typeof readIndex>;
let engine: TiledEngine;
let vocabulary: SearchVocabulary;
const shards = new Map<number, Promise<Shard>>();
let lastSearch: { q: string; rows: Uint32Array | null } = { q: '', rows: null };

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

const loadShard = (k: number) => {
  let s = shards.get(k);
  if (!s) {
    s = fetchBytes(manifest.files.search.replace('{shard}', String(k))).then((b) => decodeShard(new Uint8Array(b)));
    shards.set(k, s);
  }
  return s;
};

async function search(q: string): Promise<Uint32Array | null> {
  if (q === lastSearch.q) return lastSearch.rows;
  const rows = await searchTiled(
    q,
    manifest.count,
    manifest.search.shards,
    loadShard,
    index as unknown as SearchColumns,
    manifest.values,
    vocabulary,
  );
  lastSearch = { q, rows };
  return rows;
}

/** Outcome figures summed over rows: the lowest up to the highest, open when any maximum is not stated. */
function outcomes(rows: Uint32Array): Extract<Reply, { kind: 'outcomes' }>['sums'] {
  const at = index.outcome_rows as Uint32Array;
  const pos = new Map<number, number>();
  at.forEach((r, k) => pos.set(r, k));
  const sums: Extract<Reply, { kind: 'outcomes' }>['sums'] = {};
  for (const kind of ['killed', 'captured', 'freed', 'evacuated']) {
    const mins = index[`${kind}_min`];
    const maxs = index[`${kind}_max`];
    const s = { min: 0, max: 0, open: false };
    for (const r of rows) {
      const k = pos.get(r);
      if (k === undefined || (mins[k] < 0 && maxs[k] < 0)) continue;
      s.min += Math.max(0, mins[k]);
      if (maxs[k] < 0) s.open = true;
      else s.max += maxs[k];
    }
    sums[kind] = s;
  }
  return sums;
}

async function handle(req: Request): Promise<[Reply, Transferable[]]> {
  switch (req.kind) {
    case 'open': {
      base = req.base;
      manifest = req.manifest;
      vocabulary = buildVocabulary(req.labels);
      index = readIndex(await fetchBytes(manifest.files.index), manifest.index.columns);
      engine = buildTiledEngine(index as unknown as TiledColumns, manifest.values);
      const chunkStart = (index.chunk_start as Uint32Array).slice();
      return [{ kind: 'open', chunkStart, years: engine.years }, [chunkStart.buffer]];
    }
    case 'query': {
      const t0 = performance.now();
      const rows = await search(req.filters.q);
      const answer = engine.query(req.filters, rows, req.binStarts);
      const searchRows = rows ? countRows(rows) : null;
      const reply = { kind: 'query' as const, ms: performance.now() - t0, searchRows, ...answer };
      return [reply, [answer.rows.buffer, answer.hist.buffer]];
    }
    case 'rowOf':
      return [{ kind: 'rowOf', row: rowOf(index, req.opId) }, []];
    case 'outcomes':
      return [{ kind: 'outcomes', sums: outcomes(req.rows) }, []];
  }
}

// One request at a time: a search waiting for its shards must not share the reused row masks with the next.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<Envelope<Request>>) => {
  queue = queue.then(async () => {
    try {
      const [body, transfer] = await handle(e.data.body);
      self.postMessage({ id: e.data.id, body }, transfer);
    } catch (err) {
      self.postMessage({
        id: e.data.id,
        body: { kind: 'error', message: err instanceof Error ? err.message : String(err) },
      });
    }
  });
};
