import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { articleText, ARTICLES, paragraphWith, realData } from './test-data';

const run = (text: string, published: string | null = null) => {
  const { idx, lex } = realData();
  return ingest(text, { published }, idx, lex);
};

describe('ingest', () => {
  it('proposes nothing for a convoy paragraph or an artillery paragraph', () => {
    expect(run(paragraphWith(ARTICLES.coalitionWeapons, 'قافلة للتحالف الدولي'), '2020-04-17')).toEqual([]);
    expect(run(paragraphWith(ARTICLES.tabni, 'بالتزامن مع قصف مدفعي'), '2017-08-26')).toEqual([]);
  });
  it('proposes only the supply airdrop near the al-Omar field from the article about weapons and convoys', () => {
    const [p, ...rest] = run(articleText(ARTICLES.coalitionWeapons), '2020-04-17');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      type: 'supply-drop',
      place_id: 'local:al-omar-field',
      governorate: 'SY-DY',
      date: '2020-04-04',
      date_expression: '4 من نيسان الحالي',
      actors: ['coalition'],
      airborne_explicit: true,
    });
  });
  it('finds the main operation and the two it recalls, each with its own date and place', () => {
    const ps = run(articleText(ARTICLES.tabni), '2017-08-26');
    expect(ps.map((p) => [p.place_id, p.date, p.type])).toEqual([
      ['wof:1242870905', '2017-08-26', 'evacuation'],
      ['wof:1309927189', '2017-08-24', 'evacuation'],
      ['wof:1293386743', '2017-08-24', 'evacuation'],
    ]);
    expect(ps.map((p) => p.airborne_explicit)).toEqual([true, false, true]);
    expect(ps[2]).toMatchObject({ evacuated: { min: 5, max: 5 }, confidence: { date: 'low' } });
  });
  it('proposes the SDF raid supported by coalition aircraft with airborne_explicit false', () => {
    const [shuhayl] = run(articleText(ARTICLES.shuhayl), '2020-05-18');
    expect(shuhayl).toMatchObject({
      place_id: 'wof:1344254011',
      actors: ['coalition', 'sdf'],
      airborne_explicit: false,
      killed: { min: 1, max: 1 },
    });
    expect([shuhayl.date, shuhayl.date_end]).toEqual(['2020-05-17', '2020-05-18']);
  });
  it('dates "قبل نحو 24 ساعة من عملية الشحيل" from the al-Shuhayl operation', () => {
    const busayrah = run(articleText(ARTICLES.shuhayl), '2020-05-18')[1];
    expect([busayrah.place_id, busayrah.date, busayrah.date_end]).toEqual([
      'wof:1226134263',
      '2020-05-16',
      '2020-05-17',
    ]);
  });
  it('adds the government forces a follow-up sentence says took part', () => {
    const dumayr = run(articleText(ARTICLES.kasar), '2025-10-22')[1];
    expect(dumayr).toMatchObject({
      place_id: 'wof:1309991387',
      location_precision: 'region',
      actors: ['coalition', 'syrian-gov'],
    });
  });
  it('leaves relative dates unresolved without --published, with low date confidence', () => {
    const [tabni, bulayl] = run(articleText(ARTICLES.tabni));
    expect(tabni).toMatchObject({ date: null, date_precision: null, confidence: { date: 'low' } });
    expect(bulayl).toMatchObject({ date: null, date_expression: 'فجر الخميس الماضي' });
  });
  it('quotes an exact sentence of the article', () => {
    for (const id of Object.values(ARTICLES)) {
      const text = articleText(id);
      for (const p of run(text, '2020-01-01')) expect(text).toContain(p.quote_ar);
    }
  });
  it('returns an empty list for an article with no operation', () => {
    expect(run('أكد بيان للتحالف الدولي عزمه مواصلة قتال خلايا التنظيم في سوريا والعراق.', '2020-04-17')).toEqual([]);
  });
});
