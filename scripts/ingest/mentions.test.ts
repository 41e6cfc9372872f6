import { describe, expect, it } from 'vitest';
import { geocodeText } from './ingest';
import { analyzeSentence, primaryPlace, type Mention } from './mentions';
import { ARTICLES, paragraphWith, realData } from './test-data';

/** The mention read from the first sentence of `text`. */
function mention(text: string): Mention {
  const { idx, lex } = realData();
  const { sentences, resolved } = geocodeText(text, idx, lex);
  const s = sentences[0];
  return analyzeSentence(
    s,
    text,
    resolved.filter((r) => r.sentence === s.index),
    lex,
  );
}

describe('mentions', () => {
  it('reads the convoy clause as non-airborne', () => {
    const p = paragraphWith(ARTICLES.coalitionWeapons, 'قافلة للتحالف الدولي');
    const convoy = p.slice(p.indexOf('وصول قافلة'));
    expect(mention(convoy).kind).toBe('non-airborne');
  });
  it('reads the artillery-training paragraph as non-airborne', () => {
    expect(mention(paragraphWith(ARTICLES.coalitionWeapons, 'تدريبًا بالمدفعيات')).kind).toBe('non-airborne');
  });
  it('reads the daily air-strikes paragraph as non-airborne', () => {
    expect(mention(paragraphWith(ARTICLES.kubar, 'للقصف من قبل طيران التحالف')).kind).toBe('non-airborne');
  });
  it('reads plural talk about landings as generic', () => {
    expect(mention(paragraphWith(ARTICLES.shuhayl, 'منذ مطلع أيار الحالي')).kind).toBe('generic');
    expect(mention(paragraphWith(ARTICLES.tabni, 'في أوقات سابقة')).kind).toBe('generic');
  });
  it('reads an explicit landing with its place, actor and outcome', () => {
    const m = mention(paragraphWith(ARTICLES.kasar, 'قرية الجريجسة'));
    expect(m).toMatchObject({ kind: 'op', airborne: 'explicit' });
    expect(primaryPlace(m)?.place?.id).toBe('wof:1243161061');
    expect(m.actors.map((a) => a.id)).toEqual(['coalition']);
  });
  it('reads a hedged "seen descending" as a presumed landing of "another similar operation"', () => {
    const m = mention(paragraphWith(ARTICLES.tabni, 'فجر الخميس الماضي'));
    expect(m).toMatchObject({ kind: 'similar', airborne: 'presumed' });
  });
  it('ignores the actors of a shelling clause inside a landing sentence', () => {
    const m = mention(paragraphWith(ARTICLES.tabni, 'بالتزامن مع قصف مدفعي'));
    expect(m.actors.map((a) => a.id)).toEqual([]);
  });
  it('does not take the place after "من جهة" as the operation\'s place', () => {
    const m = mention(paragraphWith(ARTICLES.shuhayl, 'من جهة قرية الزر'));
    expect(primaryPlace(m)?.place?.id).toBe('wof:1344254011');
  });
  it('counts an actor after "ضد" as a target', () => {
    const m = mention('نفذت قوات التحالف عملية إنزال ضد تنظيم داعش في بلدة الشحيل');
    expect(m.actors.map((a) => a.id)).toEqual(['coalition']);
    expect(m.targets).toEqual(['isis']);
  });
});
