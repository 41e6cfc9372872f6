import { describe, expect, it } from 'vitest';
import { groupMentions } from './events';
import { geocodeText } from './ingest';
import { analyzeSentence } from './mentions';
import { articleText, ARTICLES, realData } from './test-data';

function events(text: string) {
  const { idx, lex } = realData();
  const { sentences, resolved } = geocodeText(text, idx, lex);
  const mentions = sentences.map((s) =>
    analyzeSentence(
      s,
      text,
      resolved.filter((r) => r.sentence === s.index),
      lex,
    ),
  );
  return groupMentions(mentions);
}

describe('grouping mentions into operations', () => {
  it('refines an operation named only by its governorate with the first place that follows', () => {
    const [e, ...rest] = events(articleText(ARTICLES.tabni));
    expect(e.place?.place?.id).toBe('wof:1242870905');
    expect(e.mentions[0].s.text).toBe('إنزال جوي للتحالف الدولي في دير الزور لإجلاء عناصر زرعها بداعش');
    expect(rest.map((x) => x.place?.place?.id)).toEqual(['wof:1309927189', 'wof:1293386743']);
  });
  it('adds follow-up sentences ("وشهدت العملية حينها …") to the operation being told', () => {
    const dumayr = events(articleText(ARTICLES.kasar)).find((e) => e.place?.place?.id === 'wof:1309991387');
    expect(dumayr?.mentions.map((m) => m.s.text.slice(0, 20))).toEqual([
      'وتأتي هذه العملية بع',
      'وشهدت العملية حينها ',
    ]);
  });
  it('starts a new operation at "عملية مماثلة" and at a new place, not at a repeated one', () => {
    const places = events(articleText(ARTICLES.shuhayl)).map((e) => e.place?.span.surface);
    expect(places).toEqual(['الشحيل', 'البصيرة', 'الزر']);
  });
  it('ignores generic talk about landings', () => {
    expect(events('ويُنظر إلى تكثيف عمليات الإنزال التي ينفذها التحالف الدولي في مناطق متفرقة من سوريا.')).toEqual([]);
  });
});
