/**
 * The dates and notes of a source cited by URL only, at their edges: what a reviewer may publish and what the
 * build sends back. (cited-sources.test.ts covers the publishing; this file the limits of each rule.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from './build';
import { readInputs } from './read-inputs';

const OP = 'operations/2020-05-17-busayrah.yaml';
const TODAY = '2026-11-23';

/** A URL-only source in YAML with the given fields added to the required ones. */
function cited(fields: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    url: 'https://example.org/report',
    outlet_en: 'Second Outlet',
    outlet_ar: 'وسيلة ثانية',
    published: '2020-05-18',
    claims_en: 'Says helicopters landed near the town.',
    claims_ar: 'تذكر أن مروحيات هبطت قرب البلدة.',
    ...fields,
  };
  return Object.entries(all)
    .map(([k, v], i) => `${i ? '    ' : '  - '}${k}: "${v}"`)
    .join('\n')
    .concat('\n');
}

/** The fixture operation (dated 2020-05-16, alternative 2020-05-17) with the record edited and sources added. */
function buildWith(source: string, edit: (yaml: string) => string = (y) => y) {
  const i = readInputs(join(import.meta.dirname, 'fixtures/valid'), TODAY);
  i.operations = i.operations.map((f) => (f.path.endsWith(OP) ? { ...f, text: edit(f.text) + source } : f));
  return build(i);
}
const errorsOf = (r: ReturnType<typeof build>) => (r.ok ? [] : r.errors);

describe('a cited source’s publication date', () => {
  it('may be today, but not tomorrow', () => {
    expect(errorsOf(buildWith(cited({ published: TODAY })))).toEqual([]);
    expect(errorsOf(buildWith(cited({ published: '2026-11-24' })))).toEqual([
      expect.stringContaining(`${OP}: sources.1.published: 2026-11-24 is in the future`),
    ]);
  });

  it('may be the day the operation started', () => {
    expect(errorsOf(buildWith(cited({ published: '2020-05-16' })))).toEqual([]);
  });

  it('counts from the earliest reported date, an earlier alternative included', () => {
    const earlier = (y: string) => y.replace('  - date: 2020-05-17', '  - date: 2020-05-10');
    expect(errorsOf(buildWith(cited({ published: '2020-05-12' }), earlier))).toEqual([]);
    expect(errorsOf(buildWith(cited({ published: '2020-05-09' }), earlier))).toEqual([
      expect.stringContaining(`${OP}: sources.1.published: 2020-05-09 is before the operation (2020-05-10)`),
    ]);
  });
});

describe('notes a cited source needs', () => {
  it('needs a note saying how an inferred publication date was inferred', () => {
    expect(errorsOf(buildWith(cited({ published_precision: 'inferred' })))).toEqual([
      expect.stringContaining(
        `${OP}: sources.1.published_note_en: an inferred publication date needs a note saying how it was inferred`,
      ),
    ]);
    const noted = cited({
      published_precision: 'inferred',
      published_note_en: 'From the URL.',
      published_note_ar: 'من الرابط.',
    });
    expect(errorsOf(buildWith(noted))).toEqual([]);
    expect(errorsOf(buildWith(cited({ published_precision: 'exact' })))).toEqual([]);
  });

  it('names the original outlet of a republished story in both languages', () => {
    expect(errorsOf(buildWith(cited({ republished_from_en: 'Wire Agency' })))).toEqual([
      expect.stringContaining(`${OP}: sources.1.republished_from_ar: name the original outlet in both languages`),
    ]);
    expect(errorsOf(buildWith(cited({ republished_from_ar: 'وكالة' })))).toEqual([
      expect.stringContaining(`${OP}: sources.1.republished_from_ar: name the original outlet in both languages`),
    ]);
    expect(errorsOf(buildWith(cited({ republished_from_en: 'Wire Agency', republished_from_ar: 'وكالة' })))).toEqual(
      [],
    );
  });
});
