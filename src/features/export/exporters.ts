/**
 * Exports of the filtered view (loaded lazily on first use): CSV with a UTF-8 BOM so that Excel opens the
 * Arabic intact, GeoJSON with the full properties, and a PNG of the map with a legend and a caption.
 */
import Papa from 'papaparse';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';

export const CSV_COLUMNS = [
  'id',
  'date',
  'date_end',
  'date_precision',
  'date_disputed',
  'place_en',
  'place_ar',
  'governorate',
  'lon',
  'lat',
  'location_precision',
  'type',
  'actors',
  'target',
  'killed_min',
  'killed_max',
  'captured_min',
  'captured_max',
  'freed_min',
  'freed_max',
  'evacuated_min',
  'evacuated_max',
  'confidence',
  'airborne_explicit',
  'title_en',
  'title_ar',
  'outlet',
  'url',
  'published',
  'quote_ar',
] as const;

/** One row per operation; several sources are joined with " | " in the provenance columns. */
export function toCsv(ops: OperationFeature[]): string {
  const rows = ops.map((o) => {
    const p = o.properties;
    const join = (f: (s: (typeof p.sources)[number]) => string) => p.sources.map(f).join(' | ');
    return {
      ...Object.fromEntries(CSV_COLUMNS.map((c) => [c, (p as unknown as Record<string, unknown>)[c] ?? ''])),
      lon: o.geometry.coordinates[0],
      lat: o.geometry.coordinates[1],
      date_end: p.date_end ?? '',
      actors: p.actors.join(';'),
      target: p.target ?? '',
      outlet: join((s) => s.outlet),
      url: join((s) => s.url),
      published: join((s) => s.published),
      quote_ar: join((s) => s.quote_ar),
    };
  });
  return (
    '\uFEFF' +
    Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c as keyof typeof r])) })
  );
}

export function toGeoJson(ops: OperationFeature[], meta: Meta): string {
  return JSON.stringify({ type: 'FeatureCollection', data_version: meta.version, features: ops }, null, 1);
}
