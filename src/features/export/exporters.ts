/**
 * Exports of the filtered view (loaded lazily on first use): a CSV an analyst can read in the UI language (see
 * csv-columns.ts, written through the one neutralising writer in csv.ts) and a GeoJSON with the full properties.
 * Both say which data they come from (see export-source.ts). The PNG lives in map-png.ts.
 */
import type { PeriodMark } from '../../domain/compare';
import type { OperationFeature } from '../../domain/operation-schema';
import { writeCsv } from './csv';
import { csvCell, csvColumns, type CsvColumnId, type CsvContext } from './csv-columns';
import type { ExportSource } from './export-source';

/**
 * One row per operation, one header row labelled in the UI language (`label`, from `export.columns.<id>`);
 * several sources are joined with " | " in the provenance columns.
 */
export function toCsv(ops: OperationFeature[], ctx: CsvContext, label: (id: CsvColumnId) => string): string {
  const columns = csvColumns(ctx.lang, !!ctx.near?.at, !!ctx.periods);
  return writeCsv(
    columns.map(label),
    ops.map((o) => columns.map((c) => csvCell(c, o, ctx))),
  );
}

/**
 * A FeatureCollection with the dataset's name, version and `synthetic` flag as foreign members; while comparing
 * two periods each feature's properties also say its `period` (A, B or both).
 */
export function toGeoJson(
  ops: OperationFeature[],
  source: ExportSource,
  periods?: ReadonlyMap<string, PeriodMark> | null,
): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      name: source.name,
      data_version: source.version,
      synthetic: source.synthetic,
      features: periods
        ? ops.map((o) => ({ ...o, properties: { ...o.properties, period: periods.get(String(o.id)) ?? '' } }))
        : ops,
    },
    null,
    1,
  );
}
