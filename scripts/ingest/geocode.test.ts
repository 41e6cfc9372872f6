import { describe, expect, it } from 'vitest';
import { geocodeText } from './ingest';
import { ARTICLES, paragraphWith, realData } from './test-data';

/** Resolved places of a text: surface → place id (or governorate), with precision and confidence. */
function places(text: string) {
  const { idx, lex } = realData();
  return geocodeText(text, idx, lex).resolved.map((r) => ({
    surface: r.span.surface,
    id: r.place?.id ?? null,
    gov: r.gov,
    precision: r.precision,
    confidence: r.confidence,
    secondary: r.span.secondary,
  }));
}

describe('geocoding', () => {
  it('finds "بلدة الشحيل بريف دير الزور الشرقي" as al-Shuhayl (gazetteer شحيل), SY-DY', () => {
    const found = places('في بلدة الشحيل بريف دير الزور الشرقي');
    expect(found[0]).toMatchObject({
      surface: 'الشحيل',
      id: 'wof:1344254011',
      gov: 'SY-DY',
      precision: 'village',
      confidence: 'high',
    });
    expect(found[1]).toMatchObject({ surface: 'دير الزور', id: null, gov: 'SY-DY', precision: 'governorate' });
  });
  it('strips attached letters and finds alternative names: بالضمير → ضمير (alt الضمير)', () => {
    expect(places('اشتباكات في محيط مدينة الضمير بريف دمشق')[0]).toMatchObject({ id: 'wof:1309991387', gov: 'SY-RD' });
  });
  it('chooses among places sharing a name by the governorate the sentence names (البصيرة)', () => {
    const p = paragraphWith(ARTICLES.shuhayl, 'في منطقة البصيرة، بريف دير الزور الشرقي');
    expect(places(p).find((x) => x.surface === 'البصيرة')).toMatchObject({
      id: 'wof:1226134263',
      gov: 'SY-DY',
      precision: 'near',
    });
  });
  it('matches "البوليل" to the gazetteer\'s "أبو الليل" (البو folding), at subdistrict precision for "على بعد 25 كلم"', () => {
    const p = paragraphWith(ARTICLES.tabni, 'على بعد نحو 25 كلم من البلدة');
    const bulayl = places(p).filter((x) => x.surface === 'البوليل');
    expect(bulayl.map((x) => x.id)).toEqual(['wof:1309927189', 'wof:1309927189']);
    expect(bulayl[1].precision).toBe('subdistrict');
  });
  it('accepts a spelling variant only with a cue word and the governorate: "قرية الجريجسة بريف حماة الجنوبي"', () => {
    const p = paragraphWith(ARTICLES.kasar, 'قرية الجريجسة');
    expect(places(p)[0]).toMatchObject({
      surface: 'الجريجسة',
      id: 'wof:1243161061',
      gov: 'SY-HM',
      precision: 'near',
      confidence: 'low',
    });
  });
  it('resolves a name seen after a cue word elsewhere in the article also where it stands alone (الكبر)', () => {
    const text =
      'التحالف الدولي ينفذ عملية نوعية ضد تنظيم داعش في الكبر\nعملية إنزال جوي في مدينة الكبر غرب مدينة دير الزور';
    expect(places(text)[0]).toMatchObject({ surface: 'الكبر', id: 'wof:1343979457', gov: 'SY-DY' });
  });
  it('falls back to the governorate when every candidate contradicts the stated direction (الكسار الفوقاني)', () => {
    const p = paragraphWith(ARTICLES.kasar, 'الكسار الفوقاني');
    expect(places(p).find((x) => x.surface === 'الكسار')).toMatchObject({
      id: null,
      gov: 'SY-DY',
      precision: 'governorate',
      confidence: 'low',
    });
  });
  it('uses a partial name ("الزر" ~ "صفات الزر") only near another resolved place', () => {
    const zirr = places('في بلدة الشحيل بريف دير الزور الشرقي من جهة قرية الزر').find((x) => x.surface === 'الزر');
    expect(zirr).toMatchObject({ gov: 'SY-DY', secondary: true, confidence: 'low' });
    expect(['wof:1276787897', 'wof:1310196853']).toContain(zirr?.id);
    const alone = places('في قرية الزر');
    expect(alone.map((x) => x.id)).not.toContain('wof:1276787897');
    expect(alone.every((x) => x.confidence === 'low')).toBe(true);
  });
  it('does not read common words as places (واسعة، المسعود، بجروح)', () => {
    const p = paragraphWith(ARTICLES.kasar, 'عملية إنزال جوي واسعة');
    expect(places(p).map((x) => x.surface)).not.toContain('واسعة');
    const q = paragraphWith(ARTICLES.kasar, 'المسعود البدري');
    expect(places(q).map((x) => x.surface)).not.toContain('المسعود');
  });
  it('drops an unmarked word that contradicts the stated direction ("في إشارة" west of Deir ez-Zor)', () => {
    const p = paragraphWith(ARTICLES.tabni, 'في إشارة على قرب تحرير المدينة');
    expect(places(p).map((x) => x.surface)).toEqual(['دير الزور']);
  });
  it('never reads the words of a date as a place ("19 تشرين الأول")', () => {
    const p = paragraphWith(ARTICLES.kasar, '19 تشرين الأول الجاري');
    expect(places(p).map((x) => x.surface)).toEqual(['الضمير', 'ريف دمشق']);
  });
  it('keeps an unknown village named after a cue word, placed at its governorate', () => {
    expect(places('إنزال جوي في قرية الطيانة بريف دير الزور الشرقي')[0]).toMatchObject({
      surface: 'الطيانة',
      id: null,
      gov: 'SY-DY',
      precision: 'governorate',
    });
  });
});
