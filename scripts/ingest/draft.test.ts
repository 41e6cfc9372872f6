import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { operationRecord } from '../../src/domain/operation-schema';
import { slug, toDraft, writeDraft, type Names } from './draft';
import { ingest } from './ingest';
import { articleText, ARTICLES, realData } from './test-data';

const names: Names = {
  gov: (iso) => (iso === 'SY-DY' ? { en: 'Deir-ez-Zor', ar: 'دير الزور' } : undefined),
  type: (id) => ({ en: id, ar: id === 'raid' ? 'إنزال ومداهمة' : id }),
  actor: (id) => ({ en: id, ar: id === 'sdf' ? 'قسد' : 'التحالف الدولي' }),
  precision: () => ({ en: 'Village or town', ar: 'قرية أو بلدة' }),
};
const shuhayl = () => {
  const { idx, lex } = realData();
  return ingest(articleText(ARTICLES.shuhayl), { published: '2020-05-18' }, idx, lex)[0];
};

describe('draft records', () => {
  it('parse with the curated-record schema and mark every written text as a draft', () => {
    const d = toDraft(shuhayl(), { article: ARTICLES.shuhayl, file: 'x.txt' }, names);
    if (!d.ok) throw new Error(d.errors.join('\n'));
    const record = operationRecord.parse(parseYaml(d.yaml));
    expect(record).toMatchObject({
      id: '2020-05-17-shahil',
      place: 'wof:1344254011',
      type: 'raid',
      airborne_explicit: false,
    });
    expect(record.title_en).toBe('DRAFT: coalition + sdf raid at Shahil (Deir-ez-Zor), 2020-05-17 to 2020-05-18');
    for (const t of [record.title_ar, record.summary_ar, record.place_note_ar]) expect(t).toMatch(/^مسودة/);
    expect(record.title_ar).toBe(
      'مسودة: إنزال ومداهمة — التحالف الدولي وقسد — في الشحيل (دير الزور)، 2020-05-17 إلى 2020-05-18',
    );
    expect(d.yaml).toContain('date: "2020-05-17"');
    for (const t of [record.summary_en, record.place_note_en, record.airborne_note_en]) expect(t).toMatch(/^DRAFT/);
    expect(articleText(ARTICLES.shuhayl)).toContain((record.sources[0] as { quote_ar: string }).quote_ar);
  });
  it('refuses a proposal without a date', () => {
    const d = toDraft({ ...shuhayl(), date: null }, { article: 'a', file: 'a.txt' }, names);
    expect(d).toEqual({ ok: false, errors: ['cannot draft without date'] });
  });
  it('never overwrites an existing draft: the next one gets a suffix, and no temp file is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drafts-'));
    writeFileSync(join(dir, 'x.yaml'), 'keep me');
    expect(writeDraft(dir, 'x', 'second')).toBe(join(dir, 'x-2.yaml'));
    expect(writeDraft(dir, 'x', 'third')).toBe(join(dir, 'x-3.yaml'));
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe('keep me');
    expect(readdirSync(dir).sort()).toEqual(['x-2.yaml', 'x-3.yaml', 'x.yaml']);
  });
  it('makes ids from romanised names', () => {
    expect(slug('Ḩamāh')).toBe('hamah');
    expect(slug('Al-Omar oil field')).toBe('al-omar-oil-field');
    expect(slug(null)).toBe('place');
  });
});
