/**
 * The data build's pure core, called in-process (the CLI test runs in a child process, where no mutant is ever
 * active): what meta.json says about the operations (counts per type, year and actor, date range, flags), what
 * gets published, and the record rules a reviewer relies on (dates, alternatives, targets).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meta as metaSchema } from '../../src/domain/meta-schema';
import { operationCollection } from '../../src/domain/operation-schema';
import { build, type BuildInputs, type TextFile } from './build';
import { readInputs } from './read-inputs';

const FIXTURE = join(import.meta.dirname, 'fixtures/valid');
const TODAY = '2026-11-23';
const inputs = (): BuildInputs => readInputs(FIXTURE, TODAY);
const base = () => inputs().operations[0];

/** Another operation: the fixture's record with a new id (file name to match) and fields replaced. */
function variant(id: string, edits: [string | RegExp, string][]): TextFile {
  let text = base().text.replaceAll('2020-05-17-busayrah', id);
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
    text = next;
  }
  return { path: `ops/${id}.yaml`, text };
}

const NO_ALTERNATIVES: [RegExp, string] = [/date_alternatives:\n(?: {2,}.*\n)+/, 'date_alternatives: []\n'];

function ok(result: ReturnType<typeof build>) {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}
function errorsOf(result: ReturnType<typeof build>): string[] {
  expect(result.ok, 'expected the build to fail').toBe(false);
  return result.ok ? [] : result.errors;
}
const metaOf = (result: ReturnType<typeof build>) => metaSchema.parse(JSON.parse(ok(result).files['meta.json']));
const featuresOf = (result: ReturnType<typeof build>) =>
  operationCollection.parse(JSON.parse(ok(result).files['operations.geojson'])).features;

/** Three operations over two years, three types and two actors, given out of date order. */
function threeOperations(): BuildInputs {
  const i = inputs();
  i.operations = [
    variant('2021-03-02-later', [
      ['date: 2020-05-16', 'date: 2021-03-02'],
      ['date_end: 2020-05-17', 'date_end: 2021-03-04'],
      ['actors: [coalition]', 'actors: [coalition, sdf]'],
      ['type: raid', 'type: evacuation\nsecondary_types: [hostage-rescue]'],
      NO_ALTERNATIVES,
    ]),
    base(),
    variant('2020-01-05-earlier', [
      ['date: 2020-05-16', 'date: 2020-01-05'],
      ['date_end: 2020-05-17', 'date_end: null'],
      ['actors: [coalition]', 'actors: [sdf]'],
      NO_ALTERNATIVES,
    ]),
  ];
  return i;
}

describe('meta.json counts and flags', () => {
  it('counts operations per type (main type only), per year and per actor, keys in order', () => {
    const { counts } = metaOf(build(threeOperations()));
    expect(counts.operations).toBe(3);
    expect(counts.by_type).toEqual({ evacuation: 1, raid: 2 });
    expect(counts.by_year).toEqual({ 2020: 2, 2021: 1 });
    expect(counts.by_actor).toEqual({ coalition: 2, sdf: 2 });
    expect(Object.keys(counts.by_type)).toEqual(['evacuation', 'raid']);
    expect(Object.keys(counts.by_actor)).toEqual(['coalition', 'sdf']);
  });

  it('spans the date range from the earliest start to the latest end', () => {
    expect(metaOf(build(threeOperations())).date_range).toEqual({ min: '2020-01-05', max: '2021-03-04' });
  });

  it('marks the data as real (not synthetic), with a 12-digit version', () => {
    const meta = metaOf(build(inputs()));
    expect(meta.synthetic).toBe(false);
    expect(meta.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('lists the governorates in code order, with the taxonomy’s names and a label point', () => {
    const meta = metaOf(build(inputs()));
    const codes = Object.keys(meta.governorates);
    expect(codes).toEqual([...codes].sort());
    expect(codes.length).toBeGreaterThan(10);
    expect(meta.governorates['SY-DY']).toMatchObject({ en: 'Deir ez-Zor', ar: 'دير الزور' });
    expect(meta.governorates['SY-DY'].label).toHaveLength(2);
  });

  it('publishes the credits as written', () => {
    const meta = metaOf(build(inputs()));
    expect(meta.credits.map((c) => c.id)).toContain('wof');
    expect(meta.credits[0]).toMatchObject({ id: 'wof', licence: expect.stringContaining('CC') });
  });

  it('changes the version when an article text changes, so that a stale copy is never served', () => {
    const a = metaOf(build(inputs())).version;
    const i = inputs();
    i.articleTexts.a1 = { ...i.articleTexts.a1, text: `${i.articleTexts.a1.text}\nسطر جديد.` };
    expect(metaOf(build(i)).version).not.toBe(a);
  });

  it('changes the version when an operation changes', () => {
    const a = metaOf(build(inputs())).version;
    const i = inputs();
    i.operations = [{ ...base(), text: base().text.replace('Summary.', 'Another summary.') }];
    expect(metaOf(build(i)).version).not.toBe(a);
  });
});

describe('published operations and articles', () => {
  it('publishes operations by date whatever the order of the files', () => {
    expect(featuresOf(build(threeOperations())).map((f) => f.id)).toEqual([
      '2020-01-05-earlier',
      '2020-05-17-busayrah',
      '2021-03-02-later',
    ]);
  });

  it('orders operations of the same day by id', () => {
    const i = inputs();
    i.operations = [variant('2020-05-17-b', []), variant('2020-05-17-a', [])];
    expect(featuresOf(build(i)).map((f) => f.id)).toEqual(['2020-05-17-a', '2020-05-17-b']);
  });

  it('publishes each cited article once, with its metadata and text, and no uncited article', () => {
    const i = threeOperations();
    i.articles = [...i.articles, { path: 'articles/a2.yaml', text: i.articles[0].text.replace('id: a1', 'id: a2') }];
    i.articleTexts = { ...i.articleTexts, a2: { path: 'articles/a2.txt', text: 'نص آخر' } };
    const files = ok(build(i)).files;
    expect(Object.keys(files).filter((p) => p.startsWith('articles/'))).toEqual(['articles/a1.json']);
    const article = JSON.parse(files['articles/a1.json']) as { id: string; text: string; outlet_en: string };
    expect(article).toMatchObject({ id: 'a1', outlet_en: 'Test Outlet' });
    expect(article.text).toContain('عملية إنزال جوي في بلدة البصيرة');
    expect(files['articles/a1.json'].endsWith('}\n')).toBe(true);
  });

  it('counts the result and ends every JSON file with a newline', () => {
    const result = ok(build(threeOperations()));
    expect(result.count).toBe(3);
    expect(result.files['operations.geojson'].endsWith('\n')).toBe(true);
    expect(result.files['meta.json'].endsWith('\n')).toBe(true);
  });

  it('publishes an operation with no alternative dates as not disputed', () => {
    const f = featuresOf(build(threeOperations())).find((o) => o.id === '2020-01-05-earlier')!;
    expect(f.properties.date_disputed).toBe(false);
    expect(f.properties.date_end).toBeNull();
    expect(f.properties.secondary_types).toEqual([]);
  });
});

describe('record rules', () => {
  const OP = '2020-05-17-busayrah.yaml';
  const withEdit = (edits: [string | RegExp, string][]) => {
    const i = inputs();
    i.operations = [{ ...base(), text: variant('2020-05-17-busayrah', edits).text }];
    return build(i);
  };

  it('refuses an unknown target, naming the known ones', () => {
    expect(errorsOf(withEdit([['target: isis', 'target: hts']]))).toEqual([
      expect.stringContaining(`${OP}: target: unknown target "hts" (known: isis)`),
    ]);
  });

  it('accepts an operation without a target', () => {
    expect(ok(withEdit([['target: isis', 'target: null']])).count).toBe(1);
  });

  it('refuses an unknown secondary type, naming its position', () => {
    expect(errorsOf(withEdit([['type: raid', 'type: raid\nsecondary_types: [evacuation, bombing]']]))).toEqual([
      expect.stringContaining(`${OP}: secondary_types.1: unknown type "bombing"`),
    ]);
  });

  it('refuses an end date in the future but accepts one ending today', () => {
    expect(errorsOf(withEdit([['date_end: 2020-05-17', 'date_end: 2026-11-24']]))).toEqual([
      expect.stringContaining(`${OP}: date_end: 2026-11-24 is in the future`),
    ]);
    expect(ok(withEdit([['date_end: 2020-05-17', `date_end: ${TODAY}`]])).count).toBe(1);
  });

  it('accepts an operation dated today and one that ends the day it starts', () => {
    expect(
      ok(
        withEdit([['date: 2020-05-16', `date: ${TODAY}`], ['date_end: 2020-05-17', 'date_end: null'], NO_ALTERNATIVES]),
      ).count,
    ).toBe(1);
    expect(ok(withEdit([['date_end: 2020-05-17', 'date_end: 2020-05-16']])).count).toBe(1);
  });

  it('refuses an alternative date in the future, naming which alternative', () => {
    expect(errorsOf(withEdit([['  - date: 2020-05-17', '  - date: 2027-01-01']]))).toEqual([
      expect.stringContaining(`${OP}: date_alternatives.0.date: 2027-01-01 is in the future`),
    ]);
  });

  it('refuses an alternative whose end is before its date, but accepts one of a single day', () => {
    expect(errorsOf(withEdit([['  - date: 2020-05-17', '  - date: 2020-05-17\n    date_end: 2020-05-15']]))).toEqual([
      expect.stringContaining(`${OP}: date_alternatives.0.date_end: before its date`),
    ]);
    expect(ok(withEdit([['  - date: 2020-05-17', '  - date: 2020-05-17\n    date_end: 2020-05-17']])).count).toBe(1);
  });

  it('accepts an alternative dated today', () => {
    expect(ok(withEdit([['  - date: 2020-05-17', `  - date: ${TODAY}`]])).count).toBe(1);
  });
});

describe('inputs that do not fit together', () => {
  it('refuses a taxonomy governorate that is not on the map', () => {
    const i = inputs();
    i.taxonomy = {
      ...i.taxonomy,
      text: i.taxonomy.text.replace(/^governorates:\n/m, 'governorates:\n  SY-ZZ:\n    en: Nowhere\n    ar: لا مكان\n'),
    };
    expect(errorsOf(build(i))).toEqual([
      expect.stringMatching(/taxonomy\.yaml: governorates\.SY-ZZ: not a governorate of .*syria-adm1\.geojson/),
    ]);
  });

  it('refuses an article without its text, and an article id given twice', () => {
    const i = inputs();
    i.articles = [...i.articles, { path: 'articles/b.yaml', text: i.articles[0].text.replace('id: a1', 'id: b') }];
    expect(errorsOf(build(i))).toEqual([
      expect.stringMatching(/articles\/b\.yaml: id: no article text b\.txt beside it/),
    ]);
    const j = inputs();
    j.articles = [...j.articles, { path: 'articles/copy.yaml', text: j.articles[0].text }];
    expect(errorsOf(build(j))).toEqual([expect.stringMatching(/articles\/copy\.yaml: id: duplicate article id "a1"/)]);
  });

  it('names a taxonomy that is not valid YAML, and stops there', () => {
    const i = inputs();
    i.taxonomy = { ...i.taxonomy, text: 'actors: [' };
    const errors = errorsOf(build(i));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/taxonomy\.yaml: \(yaml\): /);
  });

  it('names credits that do not follow the schema', () => {
    const i = inputs();
    i.credits = { ...i.credits, text: '- id: x\n' };
    expect(errorsOf(build(i))[0]).toMatch(/credits\.yaml: /);
  });

  it('names a basemap layer that cannot be built', () => {
    const i = inputs();
    const [name] = Object.keys(i.basemap).filter((k) => k !== 'today');
    (i.basemap as unknown as Record<string, TextFile>)[name] = { path: 'x.geojson', text: '{' };
    expect(errorsOf(build(i))).toEqual([expect.stringMatching(/^data\/basemap: /)]);
  });
});

describe('what a reviewer is told', () => {
  const OP = '2020-05-17-busayrah.yaml';
  const withEdit = (edits: [string | RegExp, string][], change?: (i: BuildInputs) => void) => {
    const i = inputs();
    i.operations = [{ ...base(), text: variant('2020-05-17-busayrah', edits).text }];
    change?.(i);
    return build(i);
  };

  it('says where in the file a YAML error is (line and column), on one line', () => {
    const [error] = errorsOf(withEdit([['actors: [coalition]', 'actors: [coalition']]));
    expect(error).toMatch(/busayrah\.yaml: \(yaml\): .+ at line \d+, column \d+:$/);
  });

  it('names an article file that is not valid, and still checks everything else', () => {
    const i = inputs();
    i.articles = [...i.articles, { path: 'articles/bad.yaml', text: 'id: [' }];
    i.operations = [{ ...base(), text: base().text.replace('type: raid', 'type: bombing') }];
    const errors = errorsOf(build(i));
    expect(errors).toContainEqual(expect.stringMatching(/articles\/bad\.yaml: \(yaml\): /));
    expect(errors).toContainEqual(expect.stringContaining(`${OP}: type: unknown type "bombing"`));
  });

  it('names a source citing an article that does not exist', () => {
    expect(errorsOf(withEdit([['- article: a1', '- article: a9']]))).toEqual([
      expect.stringContaining(`${OP}: sources.0.article: unknown article "a9"`),
    ]);
  });

  it('quotes at most 60 characters of a quote that is not in its article', () => {
    const quote = 'ق'.repeat(80);
    const [error] = errorsOf(withEdit([[/quote_ar: ".*"/, `quote_ar: "${quote}"`]]));
    expect(error).toContain(`not an exact substring of article a1: "${'ق'.repeat(60)}…"`);
  });

  it('flags a governorate variant at the very start of a title or summary', () => {
    expect(errorsOf(withEdit([['summary_en: Summary.', 'summary_en: Deir Ezzor countryside.']]))).toEqual([
      expect.stringContaining(`${OP}: summary_en: writes "Deir Ezzor"`),
    ]);
  });

  it('does not flag a variant inside a longer word', () => {
    expect(ok(withEdit([['summary_en: Summary.', 'summary_en: The Deir Ezzors.']])).count).toBe(1);
  });

  it('matches a variant with punctuation literally (a dot is a dot)', () => {
    const dotted = (i: BuildInputs) => {
      i.taxonomy = {
        ...i.taxonomy,
        text: i.taxonomy.text.replace('variants_en: [Deir-ez-Zor,', 'variants_en: [D.Z. city, Deir-ez-Zor,'),
      };
    };
    expect(errorsOf(withEdit([['summary_en: Summary.', 'summary_en: Raid in D.Z. city.']], dotted))).toEqual([
      expect.stringContaining(`${OP}: summary_en: writes "D.Z. city"`),
    ]);
    expect(ok(withEdit([['summary_en: Summary.', 'summary_en: Raid in DxZx city.']], dotted)).count).toBe(1);
  });

  it('accepts an operation file ending in .yml', () => {
    const i = inputs();
    i.operations = [{ path: 'operations/2020-05-17-busayrah.yml', text: base().text }];
    expect(ok(build(i)).count).toBe(1);
  });
});

describe('date range of a dataset', () => {
  it('ends at the latest end, even when a later operation ends sooner', () => {
    const i = inputs();
    i.operations = [
      variant('2020-01-01-long', [
        ['date: 2020-05-16', 'date: 2020-01-01'],
        ['date_end: 2020-05-17', 'date_end: 2020-12-31'],
        NO_ALTERNATIVES,
      ]),
      base(),
    ];
    expect(metaOf(build(i)).date_range).toEqual({ min: '2020-01-01', max: '2020-12-31' });
  });
});
