import { describe, expect, it } from 'vitest';
import { noFilters } from '../../domain/filter-state';
import { exportFileName } from './file-name';

const atlas = { name: 'airborne-operations', synthetic: false };

describe('export file names', () => {
  it('carry the date and a filter summary', () => {
    expect(exportFileName({ ...noFilters, years: [2020], actors: ['sdf'] }, 'csv', atlas, '2026-11-23')).toBe(
      'airborne-operations_2026-11-23_years-2020_actors-sdf.csv',
    );
    expect(exportFileName(noFilters, 'geojson', atlas, '2026-11-23')).toBe(
      'airborne-operations_2026-11-23_all.geojson',
    );
  });

  it("carry an opened dataset's name instead of the atlas's, and say when it is synthetic", () => {
    const name = (n: string, synthetic = false) =>
      exportFileName(noFilters, 'csv', { name: n, synthetic }, '2026-11-23');
    expect(name('events.csv')).toBe('events_2026-11-23_all.csv');
    expect(name('test run.geojson', true)).toBe('test-run_synthetic_2026-11-23_all.csv');
    expect(name('عمليات ٢٠٢٠.json')).toBe('عمليات-٢٠٢٠_2026-11-23_all.csv');
    expect(name('/fixtures/mine.geojson')).toBe('mine_2026-11-23_all.csv');
    expect(name('a\\b:c*?.geojson')).toBe('b-c_2026-11-23_all.csv');
    expect(name('.geojson')).toBe('dataset_2026-11-23_all.csv');
  });
});
