import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationCollection } from '../../src/domain/operation-schema';
import { meta as metaSchema } from '../../src/domain/meta-schema';
import { build, type BuildInputs } from './build';
import { readInputs } from './read-inputs';

const FIXTURE = join(import.meta.dirname, 'fixtures/valid');
const OP = 'operations/2020-05-17-busayrah.yaml';

// The fixture's basemap/syria-adm1.geojson links to the real polygons: "outside Syria" is only meaningful against them.
const inputs = (): BuildInputs => readInputs(FIXTURE, '2026-11-23');

/** The fixture with the one operation's YAML text changed by `edit`. */
function withOperation(edit: (yaml: string) => string, extra: { path: string; text: string }[] = []) {
  const i = inputs();
  i.operations = i.operations.map((f) => (f.path.endsWith(OP) ? { ...f, text: edit(f.text) } : f)).concat(extra);
  return build(i);
}

function errorsOf(result: ReturnType<typeof build>): string[] {
  expect(result.ok, 'expected the build to fail').toBe(false);
  return result.ok ? [] : result.errors;
}

describe('e2e fixture data', () => {
  it('still follows the published contract (refresh e2e/fixtures/data from public/data after a schema change)', () => {
    const dir = 'e2e/fixtures/data';
    const fc = operationCollection.parse(JSON.parse(readFileSync(`${dir}/operations.geojson`, 'utf8')));
    expect(fc.features.length).toBeGreaterThan(0);
    metaSchema.parse(JSON.parse(readFileSync(`${dir}/meta.json`, 'utf8')));
  });
});

describe('data build', () => {
  it('builds a valid record into a contract-conforming feature', () => {
    const result = build(inputs());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const fc = operationCollection.parse(JSON.parse(result.files['operations.geojson']));
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f.id).toBe('2020-05-17-busayrah');
    expect(f.geometry.coordinates).toEqual([40.42716, 35.15618]);
    expect(f.properties).toMatchObject({
      governorate: 'SY-DY',
      place_ar: 'البصيرة',
      year: 2020,
      date_disputed: true,
      captured_min: 2,
      captured_max: 2,
      killed_min: null,
      sources: [{ article_id: 'a1', outlet: 'Test Outlet', url: 'https://example.org/a1', published: '2020-05-18' }],
    });
    const meta = metaSchema.parse(JSON.parse(result.files['meta.json']));
    expect(meta.counts.operations).toBe(1);
    expect(meta.date_range).toEqual({ min: '2020-05-16', max: '2020-05-17' });
    expect(meta.governorates['SY-DY'].ar).toBe('دير الزور');
  });

  it('is deterministic: the same inputs give byte-identical output and version', () => {
    const a = build(inputs());
    const b = build(inputs());
    expect(a).toEqual(b);
  });

  it('reports a YAML syntax error with the file name', () => {
    const errors = errorsOf(withOperation((y) => y.replace('actors: [coalition]', 'actors: [coalition')));
    expect(errors[0]).toMatch(new RegExp(`${OP}: \\(yaml\\): `));
  });

  it('reports a duplicate id in both files', () => {
    const i = inputs();
    const copy = { path: 'fixtures/operations/copy/2020-05-17-busayrah.yaml', text: i.operations[0].text };
    const errors = errorsOf(withOperation((y) => y, [copy]));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /copy\/2020-05-17-busayrah\.yaml: id: duplicate id "2020-05-17-busayrah" \(also in .*busayrah\.yaml\)/,
      ),
    );
  });

  it('refuses a quote that is not an exact substring of its article', () => {
    const errors = errorsOf(withOperation((y) => y.replace('عملية إنزال جوي', 'عملية انزال جوي')));
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`${OP}: sources\\.0\\.quote_ar: not an exact substring of article a1`)),
    ]);
  });

  it('refuses an unknown place', () => {
    const errors = errorsOf(withOperation((y) => y.replace('wof:1226134263', 'wof:1')));
    expect(errors).toEqual([expect.stringContaining(`${OP}: place: unknown gazetteer place "wof:1"`)]);
  });

  it('refuses a place outside Syria', () => {
    const errors = errorsOf(withOperation((y) => y.replace('wof:1226134263', 'gn:98182')));
    expect(errors).toEqual([
      expect.stringContaining(`${OP}: place: "gn:98182" (44.40088, 33.34058) lies outside Syria`),
    ]);
  });

  it('refuses an impossible date', () => {
    const errors = errorsOf(withOperation((y) => y.replace('date: 2020-05-16', 'date: 2020-02-30')));
    expect(errors).toEqual([expect.stringContaining(`${OP}: date: not a real calendar date`)]);
  });

  it('refuses a future date', () => {
    const errors = errorsOf(
      withOperation((y) => y.replace('date: 2020-05-16\ndate_end: 2020-05-17', 'date: 2027-01-01\ndate_end: null')),
    );
    expect(errors).toEqual([expect.stringContaining(`${OP}: date: 2027-01-01 is in the future`)]);
  });

  it('refuses date_end before date', () => {
    const errors = errorsOf(withOperation((y) => y.replace('date_end: 2020-05-17', 'date_end: 2020-05-15')));
    expect(errors).toEqual([expect.stringContaining(`${OP}: date_end: 2020-05-15 is before date 2020-05-16`)]);
  });

  it('refuses unknown actor and type ids, naming the known ones', () => {
    const errors = errorsOf(
      withOperation((y) => y.replace('[coalition]', '[coalition, nato]').replace('type: raid', 'type: bombing')),
    );
    expect(errors).toEqual([
      expect.stringContaining(`${OP}: actors.1: unknown actor "nato" (known: coalition, sdf, syrian-gov)`),
      expect.stringContaining(`${OP}: type: unknown type "bombing"`),
    ]);
  });

  it('refuses a missing required field and an unknown one', () => {
    const errors = errorsOf(withOperation((y) => y.replace(/^confidence: medium\n/m, 'confidense: medium\n')));
    expect(errors).toContainEqual(expect.stringContaining(`${OP}: confidence: `));
    expect(errors).toContainEqual(expect.stringMatching(/Unrecognized key.*confidense/));
  });

  it('reports all errors of all files at once', () => {
    const i = inputs();
    const second = {
      path: 'x/operations/2020-05-18-other.yaml',
      text: i.operations[0].text
        .replaceAll('2020-05-17-busayrah', '2020-05-18-other')
        .replace('wof:1226134263', 'wof:2'),
    };
    const errors = errorsOf(withOperation((y) => y.replace('type: raid', 'type: bombing'), [second]));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('busayrah.yaml: type');
    expect(errors[1]).toContain('2020-05-18-other.yaml: place');
  });

  it('requires the file name to match the id', () => {
    const errors = errorsOf(withOperation((y) => y.replace('id: 2020-05-17-busayrah', 'id: 2020-05-17-elsewhere')));
    expect(errors).toEqual([expect.stringContaining(`${OP}: id: "2020-05-17-elsewhere" differs from the file name`)]);
  });

  it('refuses an outcome range whose min exceeds max', () => {
    const errors = errorsOf(withOperation((y) => y.replace('{ min: 2, max: 2 }', '{ min: 3, max: 2 }')));
    expect(errors).toEqual([expect.stringContaining(`${OP}: captured: min is larger than max`)]);
  });

  it('reports a place id defined twice in the gazetteers', () => {
    const i = inputs();
    const row = i.gazetteers[0].text.split('\n')[1];
    i.gazetteers[2] = { ...i.gazetteers[2], text: `${i.gazetteers[2].text}${row}\n` };
    expect(errorsOf(build(i))).toEqual([
      expect.stringMatching(/places-local\.tsv: wof:1226134263: duplicate gazetteer id/),
    ]);
  });

  it('names a basemap file that is not valid JSON', () => {
    const i = inputs();
    i.governorates = { ...i.governorates, text: '{"type": "FeatureCollection", ' };
    expect(errorsOf(build(i))).toEqual([expect.stringMatching(/syria-adm1\.geojson: \(json\): /)]);
  });

  it('names governorates as the taxonomy spells them, in meta and on the map', () => {
    const result = build(inputs());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const meta = metaSchema.parse(JSON.parse(result.files['meta.json']));
    // The polygons say "Deir-ez-Zor" and "Ar-Raqqa".
    expect(meta.governorates['SY-DY'].en).toBe('Deir ez-Zor');
    expect(meta.governorates['SY-RA'].en).toBe('Raqqa');
    const labels = JSON.parse(result.files['basemap/governorate-labels.geojson']) as {
      features: { properties: { iso: string; name_en: string } }[];
    };
    expect(labels.features.find((f) => f.properties.iso === 'SY-DY')?.properties.name_en).toBe('Deir ez-Zor');
  });

  it('refuses another spelling of a governorate in a title or summary', () => {
    const errors = errorsOf(
      withOperation((y) =>
        y
          .replace('summary_en: Summary.', 'summary_en: A raid in the Deir Ezzor countryside.')
          .replace('summary_ar: ملخص.', 'summary_ar: إنزال في ريف ديرالزور.'),
      ),
    );
    expect(errors).toEqual([
      expect.stringContaining(
        `${OP}: summary_en: writes "Deir Ezzor"; the atlas spells this governorate "Deir ez-Zor"`,
      ),
      expect.stringContaining(`${OP}: summary_ar: writes "ديرالزور"; the atlas spells this governorate "دير الزور"`),
    ]);
  });

  it('requires names for every governorate of the map', () => {
    const i = inputs();
    i.taxonomy = { ...i.taxonomy, text: i.taxonomy.text.replace(/ {2}SY-TA:\n( {4}.*\n)+/, '') };
    expect(errorsOf(build(i))).toEqual([expect.stringMatching(/taxonomy\.yaml: governorates: no names for SY-TA/)]);
  });

  it('requires who reported a disputed date in both languages', () => {
    const errors = errorsOf(withOperation((y) => y.replace(/^ {4}reported_by_ar: .*\n/m, '')));
    expect(errors).toEqual([expect.stringContaining(`${OP}: date_alternatives.0.reported_by_ar: `)]);
  });

  it('reports a malformed gazetteer row by file and line', () => {
    const i = inputs();
    i.gazetteers[0] = { ...i.gazetteers[0], text: i.gazetteers[0].text + 'wof:9\tbroken row\n' };
    const errors = errorsOf(build(i));
    expect(errors).toEqual([expect.stringMatching(/gazetteer-sy\.tsv: line 3: expected 16 columns, found 2/)]);
  });
});
