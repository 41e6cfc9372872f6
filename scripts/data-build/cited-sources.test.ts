/** The data build with sources cited by URL only (no stored text) and the corroboration it publishes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meta as metaSchema } from '../../src/domain/meta-schema';
import { operationCollection } from '../../src/domain/operation-schema';
import { build } from './build';
import { readInputs } from './read-inputs';

const OP = 'operations/2020-05-17-busayrah.yaml';

/** A URL-only source in YAML, with fields replaced or removed (`undefined`). */
function cited(fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    url: 'https://example.org/report',
    outlet_en: 'Second Outlet',
    outlet_ar: 'وسيلة ثانية',
    published: '2020-05-18',
    claims_en: 'Says coalition helicopters landed near the town.',
    claims_ar: 'تذكر أن مروحيات التحالف هبطت قرب البلدة.',
    ...fields,
  };
  const lines = Object.entries(all).filter(([, v]) => v !== undefined);
  return lines.map(([k, v], i) => `${i ? '    ' : '  - '}${k}: "${v}"`).join('\n') + '\n';
}

function buildWith(...sources: string[]) {
  const i = readInputs(join(import.meta.dirname, 'fixtures/valid'), '2026-11-23');
  i.operations = i.operations.map((f) => (f.path.endsWith(OP) ? { ...f, text: f.text + sources.join('') } : f));
  return build(i);
}

function errorsOf(result: ReturnType<typeof build>): string[] {
  expect(result.ok, 'expected the build to fail').toBe(false);
  return result.ok ? [] : result.errors;
}

describe('sources cited by URL only', () => {
  it('publishes outlet, date, link and claims, without article or quote, and counts distinct outlets', () => {
    const result = buildWith(cited(), cited({ url: 'https://example.org/again' }));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [f] = operationCollection.parse(JSON.parse(result.files['operations.geojson'])).features;
    expect(f.properties.sources[1]).toEqual({
      outlet: 'Second Outlet',
      outlet_ar: 'وسيلة ثانية',
      url: 'https://example.org/report',
      published: '2020-05-18',
      published_end: null,
      published_precision: 'exact',
      claims_en: 'Says coalition helicopters landed near the town.',
      claims_ar: 'تذكر أن مروحيات التحالف هبطت قرب البلدة.',
    });
    // The stored article's outlet and the second outlet (cited twice): two outlets.
    expect(f.properties.corroboration).toBe(2);
    const meta = metaSchema.parse(JSON.parse(result.files['meta.json']));
    expect(meta.counts.by_corroboration).toEqual({ '2': 1 });
    expect(meta.counts.by_governorate).toEqual({ 'SY-DY': 1 });
  });

  it('counts a republished story once, under the outlet that wrote it', () => {
    const via = cited({
      outlet_en: 'Third Site',
      republished_from_en: 'Second Outlet',
      republished_from_ar: 'وسيلة ثانية',
    });
    const result = buildWith(cited(), via);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [f] = operationCollection.parse(JSON.parse(result.files['operations.geojson'])).features;
    expect(f.properties.corroboration).toBe(2);
    expect(f.properties.sources[2].republished_from).toBe('Second Outlet');
  });

  it('refuses a non-http link and a missing claim', () => {
    const errors = errorsOf(buildWith(cited({ url: 'ftp://example.org/x', claims_ar: undefined })));
    expect(errors).toEqual([
      expect.stringContaining(`${OP}: sources.1.url: expected an http(s) URL`),
      expect.stringContaining(`${OP}: sources.1.claims_ar: `),
    ]);
  });

  it('refuses a publication date in the future', () => {
    expect(errorsOf(buildWith(cited({ published: '2027-01-01' })))).toEqual([
      expect.stringContaining(`${OP}: sources.1.published: 2027-01-01 is in the future`),
    ]);
  });

  it('refuses a publication before the operation unless a note says why, in both languages', () => {
    expect(errorsOf(buildWith(cited({ published: '2020-05-10' })))).toEqual([
      expect.stringContaining(`${OP}: sources.1.published: 2020-05-10 is before the operation (2020-05-16)`),
    ]);
    expect(errorsOf(buildWith(cited({ published: '2020-05-10', published_note_en: 'Updated later.' })))).toEqual([
      expect.stringContaining(`${OP}: sources.1.published_note_ar: give the note in both languages`),
    ]);
    const noted = buildWith(
      cited({ published: '2020-05-10', published_note_en: 'Updated later.', published_note_ar: 'حُدّث لاحقاً.' }),
    );
    expect(noted.ok).toBe(true);
  });

  it('names the field of a source that is neither stored nor cited', () => {
    expect(errorsOf(buildWith('  - article: a1\n'))).toEqual([expect.stringContaining(`${OP}: sources.1.quote_ar: `)]);
  });
});

describe('e2e fixture data (the 11 seed operations)', () => {
  it('publishes corroboration for every operation and follows the source contract', () => {
    const dir = 'e2e/fixtures/data';
    const fc = operationCollection.parse(JSON.parse(readFileSync(`${dir}/operations.geojson`, 'utf8')));
    expect(fc.features).toHaveLength(11);
    for (const f of fc.features) expect(f.properties.corroboration, f.id).toBeGreaterThanOrEqual(1);
    const meta = metaSchema.parse(JSON.parse(readFileSync(`${dir}/meta.json`, 'utf8')));
    expect(meta.counts.by_corroboration).toBeDefined();
  });
});
