/**
 * Opening a tiled dataset (`data=…/manifest.json`): the manifest is fetched and checked here, the index goes
 * to the worker (tiled.worker.ts), which answers queries by message. Only the latest query's answer is wanted:
 * the caller ignores older ones (`latest`).
 */
import type { Meta } from '../../domain/meta-schema';
import { TILED_FORMAT_VERSION, type TiledManifest } from '../../domain/tiled-format';
import type { Envelope, Reply, Request } from './protocol';

export interface TiledDataset {
  /** The path as the link gives it, and the folder's absolute URL. */
  path: string;
  base: string;
  manifest: TiledManifest;
  chunkStart: Uint32Array;
  years: [number, number];
  call<K extends Reply['kind']>(req: Request, transfer?: Transferable[]): Promise<Extract<Reply, { kind: K }>>;
  close(): void;
}

export class TiledError extends Error {
  constructor(
    readonly reason: 'crossOrigin' | 'http' | 'notTiled' | 'version' | 'worker',
    detail: string,
  ) {
    super(detail);
    this.name = 'TiledError';
  }
}

export async function openTiled(path: string, labels: Pick<Meta, 'taxonomy' | 'governorates'>): Promise<TiledDataset> {
  const url = new URL(path, window.location.href);
  if (url.origin !== window.location.origin) throw new TiledError('crossOrigin', `${path}: not on this site`);
  const res = await fetch(url);
  if (!res.ok) throw new TiledError('http', `${path}: HTTP ${res.status}`);
  let manifest: TiledManifest;
  try {
    manifest = (await res.json()) as TiledManifest;
  } catch {
    throw new TiledError('notTiled', `${path}: not a JSON manifest`);
  }
  if (manifest?.format !== 'atlas-tiled') throw new TiledError('notTiled', `${path}: not a tiled dataset manifest`);
  if (manifest.formatVersion !== TILED_FORMAT_VERSION)
    throw new TiledError(
      'version',
      `${path}: format version ${manifest.formatVersion}, this atlas reads ${TILED_FORMAT_VERSION}`,
    );
  const base = new URL('.', url).href;
  const worker = new Worker(new URL('./tiled.worker.ts', import.meta.url), { type: 'module' });
  let next = 0;
  const waiting = new Map<number, (r: Reply) => void>();
  worker.onmessage = (e: MessageEvent<Envelope<Reply>>) => {
    waiting.get(e.data.id)?.(e.data.body);
    waiting.delete(e.data.id);
  };
  const call = <K extends Reply['kind']>(req: Request, transfer: Transferable[] = []) =>
    new Promise<Extract<Reply, { kind: K }>>((resolve, reject) => {
      const id = next++;
      waiting.set(id, (r) =>
        r.kind === 'error' ? reject(new TiledError('worker', r.message)) : resolve(r as Extract<Reply, { kind: K }>),
      );
      worker.postMessage({ id, body: req }, transfer);
    });
  const opened = await call<'open'>({ kind: 'open', base, manifest, labels });
  return {
    path,
    base,
    manifest,
    chunkStart: opened.chunkStart,
    years: opened.years,
    call,
    close: () => worker.terminate(),
  };
}
