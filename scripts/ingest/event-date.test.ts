import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { realData } from './test-data';

const run = (text: string, published: string | null) => {
  const { idx, lex } = realData();
  return ingest(text, { published }, idx, lex);
};

describe('operation dates', () => {
  it('takes the date of the operation told just before when one has none of its own (low confidence)', () => {
    const text = [
      'وكانت عملية أخرى جرت في منطقة البوليل بالريف الشرقي لدير الزور فجر الخميس الماضي.',
      'وأوضحت المصادر أن عناصر من قوات التحالف الدولي قاموا بعملية إنزال من مروحيتين بأطراف بلدة بقرص.',
    ].join('\n');
    const [, buqrus] = run(text, '2017-08-26');
    expect(buqrus).toMatchObject({ place_id: 'wof:1293386743', date: '2017-08-24', confidence: { date: 'low' } });
  });
  it('falls back to the publication date, with low confidence, when the article gives no date', () => {
    const [p] = run('نفذت قوات التحالف الدولي عملية إنزال جوي في بلدة الشحيل بريف دير الزور الشرقي.', '2020-05-18');
    expect(p).toMatchObject({ date: '2020-05-18', date_expression: null, confidence: { date: 'low' } });
    expect(p.evidence.notes.map((n) => n.text).join(' ')).toContain('publication date is an upper bound');
  });
  it('gives no date at all without a date in the text or --published', () => {
    const [p] = run('نفذت قوات التحالف الدولي عملية إنزال جوي في بلدة الشحيل بريف دير الزور الشرقي.', null);
    expect(p).toMatchObject({ date: null, date_precision: null, confidence: { date: 'low' } });
  });
  it('proposes a two-day span when the expressions differ by one day', () => {
    const text = 'نفذت قوات التحالف أمس عملية إنزال جوي في بلدة الشحيل.\nوأسفرت العملية، بحسب شهود اليوم، عن مقتل شخص.';
    const [p] = run(text, '2020-05-18');
    expect([p.date, p.date_end, p.confidence.date]).toEqual(['2020-05-17', '2020-05-18', 'medium']);
  });
});
