import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/domain/dataset';
import { parseGovernorates } from '../../src/domain/geo';
import type { OperationFeature } from '../../src/domain/operation-schema';
import type { TiledManifest } from '../../src/domain/tiled-format';
import { makeOp } from '../../src/domain/test-ops';
import { EXPORT_HEADER_NAMES } from '../../src/features/datasets/csv-headers';
import { buildTilesDir, refusedLine } from './build-dir';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const DY: [number, number] = [40.45232, 35.0865];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiles-dir-'));
});

const build = (input: string, out: string) =>
  buildTilesDir({ input, out, govs, taxonomy: null, tiles: { maxzoom: 6 } });
const manifestOf = (out: string): TiledManifest => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
const records = (out: string, m: TiledManifest): OperationFeature[] =>
  Array.from({ length: m.records.chunks }, (_, k) =>
    JSON.parse(readFileSync(join(out, `records/${k}.json`), 'utf8')),
  ).flat();

/**
 * A CSV as analysts write it: our own rows, a quoted newline, a blank line, an English export header
 * ("Title (English)"), a date that is not real on line 6 and a point in Iraq on line 7.
 */
const CSV = [
  'lon,lat,date,Title (English),summary_en',
  '40.45232,35.0865,2020-05-18,Raid one,"A summary',
  'over two lines"',
  '',
  '40.14,35.33,2019-03-04,Raid two,x',
  '40.14,35.33,2020-02-30,Not a day,x',
  '44.4,33.3,2020-01-01,Baghdad,x',
].join('\n');

describe('tiles build from a file', () => {
  it('maps a CSV exactly as the importer does, refused rows kept with their lines', () => {
    const input = join(dir, 'events.csv');
    writeFileSync(input, CSV);
    const out = join(dir, 'csv-out');
    const { manifest, errors } = build(input, out);
    const expected = parseDataset('events.csv', new TextEncoder().encode(CSV), govs, { headers: EXPORT_HEADER_NAMES });
    expect(manifest.source).toMatchObject({ name: 'events.csv', format: 'csv' });
    expect(records(out, manifest)).toEqual(expected.operations);
    expect(records(out, manifest).map((o) => o.properties.title_en)).toEqual(['Raid two', 'Raid one']);
    expect(manifestOf(out)).toEqual(manifest);
    expect(manifest.refused.count).toBe(2);
    expect(manifest.refused.first.map((e) => [e.line, e.row])).toEqual([
      [6, 3],
      [7, 4],
    ]);
    expect(refusedLine('events.csv', errors[0])).toBe('events.csv:6: row 3: date notRealDate "2020-02-30"');
  });

  it('names the file of an input that cannot be used, and leaves the earlier output as it was', () => {
    const good = join(dir, 'good.geojson');
    writeFileSync(good, JSON.stringify({ type: 'FeatureCollection', features: [makeOp({ id: 'a' }, DY)] }));
    const out = join(dir, 'kept');
    build(good, out);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const bad = join(dir, 'columns.csv');
    writeFileSync(bad, 'lon,lat,when\n40.45,35.08,2020-01-01\n');
    expect(() => build(bad, out)).toThrow(/^columns\.csv: missing required column\(s\) date/);
    const none = join(dir, 'none.geojson');
    writeFileSync(none, JSON.stringify({ type: 'FeatureCollection', features: [makeOp({ id: 'b' }, [44.4, 33.3])] }));
    expect(() => build(none, out)).toThrow('none.geojson: no valid operation (1 refused)');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    // No temp or old directory left beside the output.
    expect(readdirSync(dir).filter((f) => f.startsWith('kept'))).toEqual(['kept']);
  });

  it('replaces the whole output directory: nothing of an earlier build stays', () => {
    const out = join(dir, 'replaced');
    mkdirSync(join(out, 'records'), { recursive: true });
    writeFileSync(join(out, 'records', '99.json'), '[]');
    const input = join(dir, 'one.geojson');
    writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features: [makeOp({ id: 'one' }, DY)] }));
    const { manifest } = build(input, out);
    expect(existsSync(join(out, 'records', '99.json'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['index.bin', 'manifest.json', 'operations.pmtiles', 'records', 'search']);
    expect(manifest.count).toBe(1);
  });

  it(
    'the CLI prints each refused row with its file and line, and fails naming an unusable file',
    { timeout: 60_000 },
    () => {
      const input = join(dir, 'mixed.geojson');
      const features = [makeOp({ id: 'ok' }, DY), makeOp({ id: 'iraq' }, [44.4, 33.3])];
      writeFileSync(
        input,
        `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}`,
      );
      const cli = (inFile: string, out: string) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tiles/cli.ts', '--in', inFile, '--out', out], {
          encoding: 'utf8',
        });
      const ok = cli(input, join(dir, 'cli-out'));
      expect(ok.status).toBe(0);
      expect(ok.stderr).toContain(`refused ${input}:3: row 2: geometry.coordinates outsideSyria`);
      expect(ok.stdout).toContain('1 operations (1 refused)');
      const bad = cli(join(dir, 'columns.csv'), join(dir, 'cli-bad'));
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('build:tiles: columns.csv: missing required column(s) date');
      expect(existsSync(join(dir, 'cli-bad'))).toBe(false);
    },
  );
});
