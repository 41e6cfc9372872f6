import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, foldBo, keyWords } from './places';
import { realData } from './test-data';

const HEAD =
  'id\tgeonameid\tname_ar\talt_ar\tname_en\talt_latin\tlat\tlon\tfeature_code\tcountry\tadmin1_pcode\tadmin1_iso\tadmin1_en\tadmin1_ar\tpopulation\tsource';
const ADM = JSON.stringify({ type: 'FeatureCollection', features: [] });

describe('gazetteer index', () => {
  it('keys names by normalised words without the article', () => {
    expect(keyWords('الشَّحيل')).toEqual(['شحيل']);
    expect(keyWords('دير الزور')).toEqual(['دير', 'زور']);
  });
  it('folds أبو/البو names into one word', () => {
    expect(foldBo(keyWords('أبو الليل'))).toEqual(['بوليل']);
    expect(foldBo(keyWords('البو ليل'))).toEqual(['بوليل']);
    expect(foldBo(keyWords('البوليل'))).toEqual(['بوليل']);
  });
  it('indexes alternative names and skips districts and malformed rows', () => {
    const tsv = [
      HEAD,
      'wof:1\t\tضمير\tالضمير\tAd Dumayr\t\t33.6\t36.7\tPPLA3\tSY\tSY03\tSY-RD\tRural Damascus\tريف دمشق\t\tx',
      'wof:2\t\tمنطقة دوما\t\tDuma\t\t33.5\t36.4\tADM2\tSY\tSY03\tSY-RD\tRural Damascus\tريف دمشق\t\tx',
      'wof:3\t\tناقص',
    ].join('\n');
    const idx = buildPlaceIndex([tsv], ADM);
    expect(idx.size).toBe(1);
    expect(idx.byKey.get('ضمير')?.[0]).toMatchObject({ alt: false });
    expect(idx.byKey.get('ضمير')?.map((h) => h.place.id)).toEqual(['wof:1']);
  });
  it('holds the real gazetteer with its governorates, capitals and local places', () => {
    const { idx } = realData();
    expect(idx.governorates.get('SY-DY')).toMatchObject({ name_ar: 'دير الزور', capital: { id: 'wof:421202167' } });
    expect(idx.govByKey.get('ريف دمشق')).toBe('SY-RD');
    expect(idx.byKey.get('حقل عمر')?.[0].place.id).toBe('local:al-omar-field');
  });
});
