/** Messages between the page and the tiled dataset's worker (tiled.worker.ts). */
import type { Filters } from '../../domain/filter-state';
import type { Meta } from '../../domain/meta-schema';
import type { TiledAnswer } from '../../domain/tiled-engine';
import type { TiledManifest } from '../../domain/tiled-format';

export type Request =
  | {
      kind: 'open';
      /** Absolute URL of the dataset's folder (ends with `/`). */
      base: string;
      manifest: TiledManifest;
      /** Labels for the search vocabulary (types, actors, targets, governorates by name). */
      labels: Pick<Meta, 'taxonomy' | 'governorates'>;
    }
  | { kind: 'query'; filters: Filters; binStarts: Int32Array }
  | { kind: 'rowOf'; opId: string }
  | { kind: 'outcomes'; rows: Uint32Array };

export type Reply =
  | { kind: 'open'; chunkStart: Uint32Array; years: [number, number] }
  | ({ kind: 'query'; ms: number; searchRows: number | null } & TiledAnswer)
  | { kind: 'rowOf'; row: number }
  | { kind: 'outcomes'; sums: Record<string, { min: number; max: number; open: boolean }> }
  | { kind: 'error'; message: string };

export interface Envelope<T> {
  id: number;
  body: T;
}
