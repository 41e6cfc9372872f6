import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import metaJson from '../../../e2e/fixtures/data/meta.json';
import { periodMarks, unionByPeriod } from '../../domain/compare';
import type { Meta } from '../../domain/meta-schema';
import { makeOp } from '../../domain/test-ops';
import en from '../../i18n/locales/en.json';
import type { ExportSource } from './export-source';
import { toCsv, toGeoJson } from './exporters';

const meta = metaJson as unknown as Meta;
const source: ExportSource = { name: 'airborne-operations', version: meta.version, synthetic: false, atlas: true };
const a = [makeOp({ id: '2020-01-01-a', date: '2020-01-01' }), makeOp({ id: '2020-12-31-s', date: '2020-12-31' })];
const b = [a[1], makeOp({ id: '2021-02-01-b', date: '2021-02-01' })];
const rows = unionByPeriod(a, b);
const periods = periodMarks(rows);
const label = (id: string) => en.export.columns[id as keyof typeof en.export.columns];

describe('exports while comparing two periods', () => {
  it('write the union with a column saying which period each row is in', () => {
    const csv = toCsv(
      rows.map((r) => r.op),
      { meta, lang: 'en', source, periods },
      label,
    );
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(parsed.map((r) => [r[label('id')], r[label('period')]])).toEqual([
      ['2020-01-01-a', 'A'],
      ['2020-12-31-s', 'both'],
      ['2021-02-01-b', 'B'],
    ]);
  });
  it('have no period column when not comparing', () => {
    const csv = toCsv(a, { meta, lang: 'en', source }, label);
    expect(csv.split('\n')[0]).not.toContain(label('period'));
  });
  it('give each GeoJSON feature its period', () => {
    const json = JSON.parse(
      toGeoJson(
        rows.map((r) => r.op),
        source,
        periods,
      ),
    ) as { features: { properties: { period: string } }[] };
    expect(json.features.map((f) => f.properties.period)).toEqual(['A', 'both', 'B']);
    const plain = JSON.parse(toGeoJson(a, source)) as { features: { properties: object }[] };
    expect(plain.features[0].properties).not.toHaveProperty('period');
  });
});
