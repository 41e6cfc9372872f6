/** Gazetteer rows as the data build reads them: every bad row named by its line, none dropped silently. */
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './gazetteer';

const HEADER = 'id\tname_ar\tname_en\tlat\tlon\tfeature_code\tcountry\tadmin1_iso';
const ROW = 'wof:1\tالشحيل\tal-Shuhayl\t35.1\t40.4\tPPL\tSY\tSY-DY';

describe('parseGazetteer', () => {
  it('reads a row into a place with numeric coordinates', () => {
    expect(parseGazetteer(`${HEADER}\n${ROW}\n`)).toEqual({
      places: [
        {
          id: 'wof:1',
          name_ar: 'الشحيل',
          name_en: 'al-Shuhayl',
          alt_names: [],
          lat: 35.1,
          lon: 40.4,
          feature_code: 'PPL',
          country: 'SY',
          admin1_iso: 'SY-DY',
        },
      ],
      errors: [],
    });
  });

  it('reads the columns by their header names, in any order, and Windows line ends', () => {
    const header = 'lon\tlat\tid\tadmin1_iso\tcountry\tfeature_code\tname_en\tname_ar';
    const { places } = parseGazetteer(`${header}\r\n40.4\t35.1\twof:2\tSY-DY\tSY\tPPL\tBusayrah\tالبصيرة\r\n`);
    expect(places[0]).toMatchObject({ id: 'wof:2', lat: 35.1, lon: 40.4, name_en: 'Busayrah', admin1_iso: 'SY-DY' });
  });

  it('names every missing column on line 1 and reads no row', () => {
    const { places, errors } = parseGazetteer(`id\tname_ar\tname_en\tlat\n${ROW}`);
    expect(places).toEqual([]);
    expect(errors).toEqual([{ line: 1, message: 'missing columns: lon, feature_code, country, admin1_iso' }]);
  });

  it('skips blank lines but counts them in the line numbers of later errors', () => {
    const { places, errors } = parseGazetteer(`${HEADER}\n${ROW}\n\n   \nwof:3\tbroken`);
    expect(places).toHaveLength(1);
    expect(errors).toEqual([{ line: 5, message: 'expected 8 columns, found 2' }]);
  });

  it('refuses a row with a column too many', () => {
    expect(parseGazetteer(`${HEADER}\n${ROW}\textra`).errors).toEqual([
      { line: 2, message: 'expected 8 columns, found 9' },
    ]);
  });

  it('refuses missing or non-numeric coordinates instead of placing the row at 0, 0', () => {
    for (const [lat, lon] of [
      ['', '40'],
      ['35', ''],
      ['x', '40'],
      ['35', 'Infinity'],
      ['NaN', '40'],
    ]) {
      const row = ROW.replace('35.1\t40.4', `${lat}\t${lon}`);
      const { places, errors } = parseGazetteer(`${HEADER}\n${row}`);
      expect(places, `${lat},${lon}`).toEqual([]);
      expect(errors).toEqual([{ line: 2, message: `bad coordinates "${lat}", "${lon}"` }]);
    }
  });

  it('reads nothing from an empty file, naming the missing columns', () => {
    expect(parseGazetteer('').errors[0].line).toBe(1);
  });

  it('splits the other names at |, dropping empty ones', () => {
    const header = `${HEADER}\talt_ar\talt_latin`;
    const { places } = parseGazetteer(`${header}\n${ROW}\tشحيل||الشحيل الجديد\tShahil|`);
    expect(places[0].alt_names).toEqual(['شحيل', 'الشحيل الجديد', 'Shahil']);
  });
});
