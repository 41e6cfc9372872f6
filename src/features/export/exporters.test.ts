import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { noFilters } from '../../domain/filter-state';
import { makeOp } from '../../domain/test-ops';
import { toCsv } from './exporters';
import { exportFileName } from './file-name';

describe('CSV export', () => {
  it('starts with a BOM and keeps Arabic, commas and quotes intact', () => {
    const csv = toCsv([
      makeOp({ id: 'x', title_ar: 'إنزال جوي، "قرب" البصيرة', actors: ['coalition', 'sdf'], killed_min: 8 }),
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(parsed.data[0]).toMatchObject({
      id: 'x',
      title_ar: 'إنزال جوي، "قرب" البصيرة',
      actors: 'coalition;sdf',
      killed_min: '8',
      killed_max: '',
      quote_ar: 'اقتباس',
    });
  });
});

describe('export file names', () => {
  it('carry the date and a filter summary', () => {
    expect(exportFileName({ ...noFilters, years: [2020], actors: ['sdf'] }, 'csv', '2026-11-23')).toBe(
      'airborne-operations_2026-11-23_years-2020_actors-sdf.csv',
    );
    expect(exportFileName(noFilters, 'geojson', '2026-11-23')).toBe('airborne-operations_2026-11-23_all.geojson');
  });
});
