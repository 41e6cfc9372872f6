import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = join(import.meta.dirname, 'data-build/fixtures/valid');

function runCli(data: string, out: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-data.ts', '--data', data, '--out', out],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('build-data CLI', () => {
  it('writes both files, then on bad input exits 1, lists the errors and leaves them untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-build-'));
    const data = join(dir, 'data');
    const out = join(dir, 'out');
    cpSync(FIXTURE, data, { recursive: true, dereference: true });

    const ok = runCli(data, out);
    expect(ok.code).toBe(0);
    const before = readFileSync(join(out, 'operations.geojson'), 'utf8');
    expect(JSON.parse(before).features).toHaveLength(1);

    const op = join(data, 'operations/2020-05-17-busayrah.yaml');
    writeFileSync(
      op,
      readFileSync(op, 'utf8').replace('wof:1226134263', 'wof:404').replace('type: raid', 'type: bombing'),
    );
    const bad = runCli(data, out);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Data build failed with 2 error(s)');
    expect(bad.stderr).toContain('2020-05-17-busayrah.yaml: type: unknown type "bombing"');
    expect(bad.stderr).toContain('2020-05-17-busayrah.yaml: place: unknown gazetteer place "wof:404"');
    expect(readFileSync(join(out, 'operations.geojson'), 'utf8')).toBe(before);
    expect(readdirSync(out).sort()).toEqual([
      'articles',
      'basemap',
      'gazetteer.json',
      'meta.json',
      'operations.geojson',
    ]);
    expect(readdirSync(join(out, 'articles'))).toEqual(['a1.json']);
  });

  it('names a missing input file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-build-'));
    mkdirSync(join(dir, 'articles'));
    const res = runCli(dir, join(dir, 'out'));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('taxonomy.yaml: file is missing');
  });
});
