import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import metaJson from '../../../e2e/fixtures/data/meta.json';
import { parseDataset } from '../../domain/dataset';
import type { UiLang } from '../../domain/format';
import { parseGovernorates } from '../../domain/geo';
import type { Meta } from '../../domain/meta-schema';
import { makeOp } from '../../domain/test-ops';
import ar from '../../i18n/locales/ar.json';
import en from '../../i18n/locales/en.json';
import { ALL_CSV_COLUMNS, type CsvColumnId } from './csv-columns';
import type { ExportSource } from './export-source';
import { toCsv, toGeoJson } from './exporters';

const meta = metaJson as unknown as Meta;
const labels = { ar: ar.export.columns, en: en.export.columns };
const atlas: ExportSource = { name: 'airborne-operations', version: meta.version, synthetic: false, atlas: true };

function csvOf(lang: UiLang, ops = [op()], source = atlas) {
  const csv = toCsv(ops, { meta, lang, source }, (id) => labels[lang][id]);
  return { csv, rows: Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data };
}

function op(p: Partial<Parameters<typeof makeOp>[0]> = {}, lonLat: [number, number] = [40.1, 35.2]) {
  return makeOp(
    {
      id: 'x',
      governorate: 'SY-DY',
      type: 'raid',
      actors: ['coalition', 'sdf'],
      target: 'isis',
      location_precision: 'near',
      summary_en: 'An English summary.',
      summary_ar: 'ملخص عربي.',
      ...p,
    },
    lonLat,
  );
}

describe('CSV export', () => {
  it('starts with a BOM and keeps Arabic, commas and quotes intact', () => {
    const { csv, rows } = csvOf('en', [op({ title_ar: 'إنزال جوي، "قرب" البصيرة', killed_min: 8 })]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toMatchObject({
      ID: 'x',
      'Title (Arabic)': 'إنزال جوي، "قرب" البصيرة',
      'Actor codes': 'coalition;sdf',
      'Killed (min)': '8',
      'Killed (max)': '',
      'Source quotes (Arabic)': 'اقتباس',
    });
  });

  it('labels the header row in the UI language', () => {
    const header = (lang: UiLang) => Object.keys(csvOf(lang).rows[0]);
    expect(header('en').slice(0, 3)).toEqual(['ID', 'Date', 'Latest possible date']);
    expect(header('ar').slice(0, 3)).toEqual(['المعرّف', 'التاريخ', 'آخر تاريخ محتمل']);
    expect(header('ar')).toContain('المحافظة');
  });

  it.each([
    ['en', 'Deir ez-Zor', 'International Coalition (US-led); Syrian Democratic Forces (SDF)', 'Islamic State (ISIS)'],
    ['ar', 'دير الزور', 'التحالف الدولي؛ قوات سوريا الديمقراطية (قسد)', 'تنظيم الدولة الإسلامية (داعش)'],
  ] as const)('writes names next to the codes (%s)', (lang, gov, actors, target) => {
    const row = csvOf(lang).rows[0];
    const l = labels[lang];
    expect(row[l.governorate]).toBe('SY-DY');
    expect(row[l.governorate_name]).toBe(gov);
    expect(row[l.type]).toBe('raid');
    expect(row[l.type_name]).toBe(meta.taxonomy.types.raid[lang]);
    expect(row[l.actors]).toBe('coalition;sdf');
    expect(row[l.actor_names]).toBe(actors);
    expect(row[l.target]).toBe('isis');
    expect(row[l.target_name]).toBe(target);
    expect(row[l.location_precision_name]).toBe(meta.taxonomy.location_precisions.near[lang]);
  });

  it('writes the location uncertainty radius in km and coordinates as numbers', () => {
    const { csv, rows } = csvOf('en', [op({}, [-3.5, 35.2])]);
    expect(rows[0]['Location uncertainty radius (km)']).toBe(
      String(meta.taxonomy.location_precisions.near.radius_m / 1000),
    );
    expect(rows[0].Longitude).toBe('-3.5');
    expect(csv).not.toContain("'-3.5");
  });

  it('writes the other reported dates with who reported them, in the UI language', () => {
    const alt = (date: string, date_end: string | null, by: string, by_ar?: string) => ({
      date,
      date_end,
      claim_en: 'c',
      claim_ar: 'ج',
      reported_by: by,
      ...(by_ar ? { reported_by_ar: by_ar } : {}),
    });
    const ops = [
      op({
        date_alternatives: [alt('2020-05-16', null, 'Outlet A', 'المنفذ أ'), alt('2020-05-18', '2020-05-19', 'B')],
      }),
    ];
    expect(csvOf('en', ops).rows[0]['Other reported dates (reported by)']).toBe(
      '2020-05-16 — Outlet A | 2020-05-18/2020-05-19 — B',
    );
    expect(csvOf('ar', ops).rows[0]['تواريخ أخرى وردت (ومن أوردها)']).toBe(
      '2020-05-16 — المنفذ أ | 2020-05-18/2020-05-19 — B',
    );
  });

  it('writes the summary in the UI language only, and the title in both', () => {
    const en = csvOf('en').rows[0];
    const arRow = csvOf('ar').rows[0];
    expect(en.Summary).toBe('An English summary.');
    expect(en).not.toHaveProperty('Summary (Arabic)');
    expect(arRow['الملخص']).toBe('ملخص عربي.');
    expect(arRow).not.toHaveProperty('الملخص (بالإنجليزية)');
    expect(arRow['العنوان (بالإنجليزية)']).toBe('Title');
    expect(arRow['العنوان (بالعربية)']).toBe('عنوان');
  });

  it('joins several sources with " | ", item by item, outlets in the UI language', () => {
    const base = op().properties.sources[0];
    const ops = [op({ sources: [base, { ...base, article_id: 'b', outlet: 'Enab Baladi', outlet_ar: 'عنب بلدي' }] })];
    expect(csvOf('en', ops).rows[0]['Source outlets']).toBe('O | Enab Baladi');
    expect(csvOf('ar', ops).rows[0]['وسائل الإعلام المصدر']).toBe('م | عنب بلدي');
    expect(csvOf('en', ops).rows[0]['Source article IDs']).toBe('a | b');
  });

  it('neutralises a title that a spreadsheet would run as a formula', () => {
    const title = '=HYPERLINK("https://example.org/x","open")';
    const { rows } = csvOf('en', [op({ title_en: title, title_ar: `@${title}` })]);
    expect(rows[0]['Title (English)']).toBe(`'${title}`);
    expect(rows[0]['Title (Arabic)']).toBe(`'@${title}`);
  });

  it('says which dataset, version and synthetic flag the rows come from', () => {
    const mine: ExportSource = { name: 'mine.geojson', version: 'abcdef012345', synthetic: true, atlas: false };
    const row = csvOf('en', [op()], mine).rows[0];
    expect([row.Dataset, row['Data version'], row['Synthetic data']]).toEqual(['mine.geojson', 'abcdef012345', 'true']);
    expect(csvOf('en').rows[0]['Data version']).toBe(meta.version);
  });
});

describe('CSV column labels', () => {
  it('exist for every column and are unique in each language, so that a header maps back to its column', () => {
    for (const lang of ['ar', 'en'] as const) {
      const list = ALL_CSV_COLUMNS.map((c) => labels[lang][c]);
      expect(list.every(Boolean), lang).toBe(true);
      expect(new Set(list).size, lang).toBe(list.length);
    }
  });

  it('let an exported CSV re-import once the importer maps labels back to ids and drops the neutralising quote', () => {
    // What the importer needs (proposed for domain/dataset.ts): header label → column id, in both languages.
    const ids = new Map<string, CsvColumnId>(
      (['ar', 'en'] as const).flatMap((lang) => ALL_CSV_COLUMNS.map((c) => [labels[lang][c], c] as const)),
    );
    const { csv } = csvOf('ar', [op({ title_en: '=1+2', killed_min: 3 }, [40.45232, 35.0865])]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const restored = Papa.unparse([
      parsed[0].map((h) => ids.get(h) ?? h),
      ...parsed.slice(1).map((r) => r.map((c) => c.replace(/^'(?=[=+\-@\t\r])/, ''))),
    ]);
    const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
    const ds = parseDataset('again.csv', restored, govs);
    expect(ds.errors).toEqual([]);
    expect(ds.operations[0].properties).toMatchObject({
      id: 'x',
      title_en: '=1+2',
      governorate: 'SY-DY',
      actors: ['coalition', 'sdf'],
      killed_min: 3,
      summary_ar: 'ملخص عربي.',
    });
    expect(ds.operations[0].geometry.coordinates).toEqual([40.45232, 35.0865]);
  });
});

describe('GeoJSON export', () => {
  it("carries the data's name, version and synthetic flag", () => {
    const mine: ExportSource = { name: 'mine.geojson', version: 'abcdef012345', synthetic: true, atlas: false };
    expect(JSON.parse(toGeoJson([op()], mine))).toMatchObject({
      type: 'FeatureCollection',
      name: 'mine.geojson',
      data_version: 'abcdef012345',
      synthetic: true,
      features: [{ id: 'x' }],
    });
  });
});
