/**
 * Exports of a tiled dataset's filtered view, streamed: the matching rows are read chunk by chunk (the record
 * chunks they fall in, a few at a time), each chunk becomes its part of the file (CSV rows with the same columns
 * and neutralising writer as the small dataset's export, or GeoJSON features), and the parts are joined into one
 * download at the end. Progress is reported after every chunk; an abort stops between chunks.
 */
import type { TFunction } from 'i18next';
import type { Filters } from '../../domain/filter-state';
import type { UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import { writeCsv } from '../export/csv';
import { csvCell, csvColumns } from '../export/csv-columns';
import type { ExportSource } from '../export/export-source';
import { exportFileName } from '../export/file-name';
import type { RecordStore } from './records';
import type { TiledDataset } from './tiled-client';

/** The most operations one export holds (the file is assembled in memory). */
export const MAX_EXPORT = 200_000;

export interface StreamInput {
  kind: 'csv' | 'geojson';
  rows: Uint32Array;
  ds: TiledDataset;
  store: RecordStore;
  meta: Meta;
  filters: Filters;
  lang: UiLang;
  t: TFunction;
  onProgress: (done: number) => void;
  signal: AbortSignal;
}

/** Consecutive runs of rows that share a record chunk. */
export function chunkRuns(rows: Uint32Array, chunkOfRow: (row: number) => number): Uint32Array[] {
  const runs: Uint32Array[] = [];
  let from = 0;
  for (let i = 1; i <= rows.length; i++)
    if (i === rows.length || chunkOfRow(rows[i]) !== chunkOfRow(rows[from])) {
      runs.push(rows.subarray(from, i));
      from = i;
    }
  return runs;
}

export const tiledSource = (ds: TiledDataset): ExportSource => ({
  name: ds.manifest.source.name,
  version: ds.manifest.version,
  synthetic: ds.manifest.source.synthetic,
  atlas: false,
});

export async function streamExport(x: StreamInput): Promise<{ blob: Blob; name: string }> {
  const source = tiledSource(x.ds);
  const ctx = { meta: x.meta, lang: x.lang, source, near: x.filters.near };
  const columns = csvColumns(x.lang, !!x.filters.near?.at);
  const header = columns.map((id) => x.t(`export.columns.${id}`));
  const parts: string[] = [];
  if (x.kind === 'geojson')
    parts.push(
      `{"type":"FeatureCollection","name":${JSON.stringify(source.name)},"data_version":${JSON.stringify(source.version)},"synthetic":${source.synthetic},"features":[\n`,
    );
  const runs = chunkRuns(x.rows, x.store.chunkOfRow);
  let done = 0;
  // A few chunks in flight at once: the requests overlap, the order of the parts stays the rows' order.
  const AHEAD = 4;
  const pending: Promise<unknown>[] = [];
  for (let r = 0; r < runs.length; r++) {
    for (let k = pending.length; k < Math.min(runs.length, r + AHEAD); k++)
      pending.push(x.store.ensure(runs[k].subarray(0, 1)));
    await pending[r];
    if (x.signal.aborted) throw x.signal.reason;
    const ops = await Promise.all(Array.from(runs[r], (row) => x.store.get(row)));
    if (x.kind === 'csv') {
      const text = writeCsv(
        header,
        ops.map((o) => columns.map((c) => csvCell(c, o, ctx))),
      );
      // The byte-order mark and header row once, at the start.
      parts.push(r === 0 ? text : `\r\n${text.slice(text.indexOf('\r\n') + 2)}`);
    } else parts.push((r === 0 ? '' : ',\n') + ops.map((o) => JSON.stringify(o)).join(',\n'));
    done += ops.length;
    x.onProgress(done);
  }
  if (x.kind === 'csv' && !runs.length) parts.push(writeCsv(header, []));
  if (x.kind === 'geojson') parts.push('\n]}\n');
  const type = x.kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
  return { blob: new Blob(parts, { type }), name: exportFileName(x.filters, x.kind, source) };
}
