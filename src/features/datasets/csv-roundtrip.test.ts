/**
 * A CSV written by the export re-opens as an own dataset, in both UI languages, with everything the importer can
 * hold: the real exporter, the real header dictionary, the frozen e2e fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import metaJson from '../../../e2e/fixtures/data/meta.json';
import { parseDataset } from '../../domain/dataset';
import type { UiLang } from '../../domain/format';
import { parseGovernorates } from '../../domain/geo';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { makeOp } from '../../domain/test-ops';
import ar from '../../i18n/locales/ar.json';
import en from '../../i18n/locales/en.json';
import type { ExportSource } from '../export/export-source';
import { toCsv, toGeoJson } from '../export/exporters';
import { EXPORT_HEADER_NAMES } from './csv-headers';

const meta = metaJson as unknown as Meta;
const labels = { ar: ar.export.columns, en: en.export.columns };
const fixture: OperationFeature[] = JSON.parse(readFileSync('e2e/fixtures/data/operations.geojson', 'utf8')).features;
const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const atlas: ExportSource = { name: 'airborne-operations', version: meta.version, synthetic: false, atlas: true };

function exported(lang: UiLang, ops: OperationFeature[], source = atlas): Uint8Array {
  return new TextEncoder().encode(toCsv(ops, { meta, lang, source }, (id) => labels[lang][id]));
}
const reopen = (name: string, bytes: Uint8Array) =>
  parseDataset(name, bytes, govs, { today: '2026-11-27', headers: EXPORT_HEADER_NAMES });

/** What the importer holds of an operation, as a CSV in `lang` carries it (summary and outlet in that language). */
function held(o: OperationFeature, lang: UiLang) {
  const p = o.properties;
  return {
    feature_id: o.id,
    coordinates: o.geometry.coordinates,
    ...pick(p, ['id', 'date', 'date_end', 'date_precision', 'date_disputed', 'year', 'type', 'actors', 'target']),
    ...pick(p, ['governorate', 'place_en', 'place_ar', 'location_precision', 'confidence', 'airborne_explicit']),
    ...pick(p, ['killed_min', 'killed_max', 'captured_min', 'captured_max', 'freed_min', 'freed_max']),
    ...pick(p, ['evacuated_min', 'evacuated_max', 'title_en', 'title_ar']),
    summary: lang === 'ar' ? p.summary_ar : p.summary_en,
    sources: p.sources.map((s) => ({
      article_id: s.article_id,
      outlet: lang === 'ar' ? s.outlet_ar || s.outlet : s.outlet,
      url: s.url,
      published: s.published,
      quote_ar: s.quote_ar,
      claims: lang === 'ar' ? s.claims_ar : s.claims_en,
    })),
  };
}
function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}

describe('an exported CSV re-opens as an own dataset', () => {
  it.each(['en', 'ar'] as const)('keeps every operation and what the importer holds of it (%s headers)', (lang) => {
    const ds = reopen(`atlas-${lang}.csv`, exported(lang, fixture));
    expect(ds.errors).toEqual([]);
    expect(ds.operations).toHaveLength(fixture.length);
    // Imported outlets fill both languages from the one column the export wrote.
    const again = ds.operations.map((o) => held(o, lang));
    expect(again.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      fixture.map((o) => held(o, lang)).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(fixture.some((o) => o.properties.sources.length > 2)).toBe(true);
  });

  it('takes the data version and the synthetic flag from the export', () => {
    const mine: ExportSource = { name: 'mine.csv', version: 'abcdef012345', synthetic: true, atlas: false };
    for (const lang of ['en', 'ar'] as const) {
      const ds = reopen('again.csv', exported(lang, fixture.slice(0, 2), mine));
      expect([ds.version, ds.synthetic], lang).toEqual(['abcdef012345', true]);
    }
    expect([
      reopen('atlas.csv', exported('ar', fixture)).version,
      reopen('a.csv', exported('en', fixture)).synthetic,
    ]).toEqual([meta.version, false]);
  });

  it('gives back text cells the export neutralised against formulas, and nothing else', () => {
    const titles = { title_en: '=1+2', title_ar: '@عنوان' };
    const op = makeOp(
      { id: 'f', governorate: 'SY-DY', ...titles, summary_en: "'Quoted' stays", place_en: '-near' },
      [40.45232, 35.0865],
    );
    const [again] = reopen('f.csv', exported('en', [op])).operations;
    expect(again.properties).toMatchObject({ ...titles, summary_en: "'Quoted' stays", place_en: '-near' });
  });
});

describe('an exported GeoJSON re-opens', () => {
  it('whole, with its version and synthetic flag', () => {
    const mine: ExportSource = { name: 'mine.geojson', version: 'abcdef012345', synthetic: true, atlas: false };
    const ds = parseDataset('again.geojson', toGeoJson(fixture, mine), govs, { today: '2026-11-27' });
    expect([ds.errors, ds.version, ds.synthetic]).toEqual([[], 'abcdef012345', true]);
    const byId = (a: OperationFeature, b: OperationFeature) => a.id.localeCompare(b.id);
    expect([...ds.operations].sort(byId)).toEqual([...fixture].sort(byId));
  });
});

describe('the export header names', () => {
  it('map every label of both languages to its own column id', () => {
    const all = (['ar', 'en'] as const).flatMap((lang) => Object.entries(labels[lang]));
    expect(EXPORT_HEADER_NAMES.size).toBe(all.length);
    for (const [id, label] of all) expect(EXPORT_HEADER_NAMES.get(label)).toBe(id);
  });
});
