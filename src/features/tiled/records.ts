/**
 * Records of a tiled dataset, fetched by chunk (`records/<k>.json`, consecutive rows) as the list scrolls or a
 * detail opens, and kept (the last MAX_CHUNKS chunks). Records were checked by the build (the importer's
 * rules); they are read here as they were written.
 */
import type { OperationFeature } from '../../domain/operation-schema';
import { chunkOf } from '../../domain/tiled-format';
import type { TiledDataset } from './tiled-client';

const MAX_CHUNKS = 64;

export function recordStore(ds: TiledDataset) {
  const chunks = new Map<number, Promise<OperationFeature[]>>();
  const ready = new Map<number, OperationFeature[]>();
  const columns = { chunk_start: ds.chunkStart };
  const chunkOfRow = (row: number) => chunkOf(columns, row);

  function load(k: number): Promise<OperationFeature[]> {
    let p = chunks.get(k);
    if (p) {
      // Most recently used last.
      chunks.delete(k);
      chunks.set(k, p);
      return p;
    }
    p = fetch(ds.base + ds.manifest.files.records.replace('{chunk}', String(k))).then(async (res) => {
      if (!res.ok) throw new Error(`records/${k}.json: HTTP ${res.status}`);
      const ops = (await res.json()) as OperationFeature[];
      ready.set(k, ops);
      return ops;
    });
    p.catch(() => chunks.delete(k));
    chunks.set(k, p);
    while (chunks.size > MAX_CHUNKS) {
      const oldest = chunks.keys().next().value!;
      chunks.delete(oldest);
      ready.delete(oldest);
    }
    return p;
  }

  return {
    /** The record of a row, when its chunk is loaded (synchronous, for rendering and the tooltip). */
    peek(row: number): OperationFeature | undefined {
      const k = chunkOfRow(row);
      return ready.get(k)?.[row - ds.chunkStart[k]];
    },
    async get(row: number): Promise<OperationFeature> {
      const k = chunkOfRow(row);
      return (await load(k))[row - ds.chunkStart[k]];
    },
    /** Loads the chunks of these rows (in parallel); resolves when all are in. */
    async ensure(rows: ArrayLike<number>): Promise<void> {
      const ks = new Set<number>();
      for (let i = 0; i < rows.length; i++) ks.add(chunkOfRow(rows[i]));
      await Promise.all([...ks].map(load));
    },
    chunkOfRow,
  };
}

export type RecordStore = ReturnType<typeof recordStore>;
