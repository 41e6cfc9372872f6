import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { operationRecord } from '../../src/domain/operation-schema';
import { ARTICLES, DATA } from './test-data';

const CLI = join(import.meta.dirname, 'cli.ts');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
const article = (id: string) => join(DATA, 'articles', `${id}.txt`);
const tmp = () => mkdtempSync(join(tmpdir(), 'ingest-cli-'));

describe('ingest CLI', { timeout: 30_000 }, () => {
  it('prints only a JSON array with --json', () => {
    const r = cli('--json', '--published', '2020-04-17', article(ARTICLES.coalitionWeapons));
    expect(r.status).toBe(0);
    const proposals = JSON.parse(r.stdout);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ type: 'supply-drop', place_id: 'local:al-omar-field' });
  });
  it('prints [] and exits 0 for an article with no operation', () => {
    const f = join(tmp(), 'none.txt');
    writeFileSync(f, 'أكد بيان للتحالف الدولي عزمه مواصلة قتال خلايا التنظيم في سوريا والعراق.\n');
    const r = cli('--json', f);
    expect([r.status, r.stdout.trim()]).toEqual([0, '[]']);
  });
  it('exits 1 with a message naming a missing, empty or binary file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    for (const f of [join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'bin.txt')]) {
      const r = cli('--json', f);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(f);
      expect(r.stdout).toBe('');
    }
  });
  it('rejects a malformed --published date', () => {
    const r = cli('--published', '2020-02-30', article(ARTICLES.kubar));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--published');
  });
  it('writes schema-valid drafts with --write and never overwrites them', () => {
    const data = tmp();
    for (const d of ['lexicons', 'gazetteer', 'basemap', 'taxonomy.yaml']) symlinkSync(join(DATA, d), join(data, d));
    mkdirSync(join(data, 'operations'));
    const args = ['--write', '--json', '--data', data, '--published', '2020-04-17', article(ARTICLES.coalitionWeapons)];
    expect(cli(...args).status).toBe(0);
    expect(cli(...args).status).toBe(0);
    const drafts = join(data, 'operations', 'drafts');
    const files = readdirSync(drafts).sort();
    expect(files).toEqual(['2020-04-04-al-omar-oil-field-2.yaml', '2020-04-04-al-omar-oil-field.yaml']);
    const record = operationRecord.parse(parseYaml(readFileSync(join(drafts, files[1]), 'utf8')));
    expect(record.title_en).toMatch(/^DRAFT: coalition supply-drop at Al-Omar oil field \(Deir-ez-Zor\), 2020-04-04/);
  });
  it('prints timings to stderr with --timings', () => {
    const r = cli('--timings', '--json', article(ARTICLES.kubar));
    expect(r.stderr).toMatch(/timings: gazetteer index \d+ ms .* article \d+ ms/);
  });
});
