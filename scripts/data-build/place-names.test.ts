import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationCollection } from '../../src/domain/operation-schema';
import { build } from './build';
import { parseGazetteer } from './gazetteer';
import { readInputs } from './read-inputs';

const HEADER = 'id\tname_ar\talt_ar\tname_en\talt_latin\tlat\tlon\tfeature_code\tcountry\tadmin1_iso';

describe('place names for search', () => {
  it('reads the alternative names of a gazetteer row, Arabic and Latin, and none when the columns are absent', () => {
    const row = 'wof:1\tشحيل\t\tShahil\tShaḩīl|Ch’hil\t35\t40\tPPL\tSY\tSY-DY';
    expect(parseGazetteer(`${HEADER}\n${row}`).places[0].alt_names).toEqual(['Shaḩīl', 'Ch’hil']);
    const bare = HEADER.replace('\talt_ar', '').replace('\talt_latin', '');
    expect(parseGazetteer(`${bare}\nwof:1\tشحيل\tShahil\t35\t40\tPPL\tSY\tSY-DY`).places[0].alt_names).toEqual([]);
  });

  it('publishes the place’s other names on each feature, without those already shown, once each', () => {
    const result = build(readInputs(join(import.meta.dirname, 'fixtures/valid'), '2026-11-23'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [f] = operationCollection.parse(JSON.parse(result.files['operations.geojson'])).features;
    const p = f.properties;
    expect(p.place_names).toEqual(expect.arrayContaining(['قرقيسيا', 'Circesium', 'Bseira']));
    expect(p.place_names).not.toContain(p.place_ar);
    expect(p.place_names).not.toContain(p.place_en);
    expect(new Set(p.place_names).size).toBe(p.place_names.length);
  });
});
