import { describe, expect, it } from 'vitest';
import { arabicLatinKey } from './latin-key';
import { ingest } from './ingest';
import { keyWords } from './places';
import { realData } from './test-data';

const run = (text: string, published = '2023-01-10') => {
  const { idx, lex } = realData();
  return ingest(text, { published, today: '2026-06-01' }, idx, lex);
};

describe('places in context (issue 12)', () => {
  it('keys Arabic words like the Latin names of places without an Arabic name', () => {
    expect(arabicLatinKey(keyWords('جرابلس'))).toBe('jrbls');
    expect(arabicLatinKey(keyWords('خويتلة'))).toBe('ktl');
    expect(arabicLatinKey(keyWords('تل حميس'))).toBe('tlhms');
    expect(arabicLatinKey(['سد'])).toBe('');
  });
  it('never takes a place in a governorate the sentence contradicts', () => {
    const [p] = run('اعتقلت القوات الأمريكية شابين في عملية إنزال جوي على منزل في قرية تل أحمر بريف الحسكة الجنوبي.');
    expect([p.governorate, p.location_precision, p.place_ar]).toEqual(['SY-HA', 'governorate', 'تل أحمر']);
  });
  it('finds a partial name in the governorate the sentence names (قرية الزر → صفات الزر)', () => {
    const [p] = run('نفذت ثماني مروحيات للتحالف ليلة أمس عملية إنزال في قرية الزر بريف دير الزور الشرقي.');
    expect(p.place_id).toBe('wof:1310196853');
  });
  it('matches a place the gazetteer names only in Latin (تل حميس)', () => {
    const [p] = run('نفذ التحالف الدولي إنزالاً جوياً على منزل في قرية تل حميس بريف القامشلي الجنوبي.');
    expect(p.place_id).toBe('wof:1193150695');
  });
  it('places a neighbourhood at its town, precision near, keeping its name', () => {
    const [p] = run('داهمت قوة إنزال أمريكية منزلاً في حي الحصية ببلدة الشحيل شرقي دير الزور.');
    expect([p.place_id, p.location_precision, p.place_ar]).toEqual(['wof:1344254011', 'near', 'حي الحصية، الشحيل']);
  });
  it('places an unknown village at the town it is said to be near', () => {
    const [p] = run('نفذ التحالف الدولي عملية إنزال جوي في قرية الحلوة بالقرب من البصيرة شرق دير الزور.');
    expect([p.place_id, p.location_precision]).toEqual(['wof:1226134263', 'near']);
  });
  it('does not join two places of a list («و»)', () => {
    const ps = run('نفذت قوات التحالف عمليتي إنزال جوي في مدينة البصيرة وقرية أبريهة فجر اليوم.');
    expect(ps.map((p) => p.place_ar)).toEqual(['البصيرة', 'أبريهة']);
  });
  it('never takes «أبو» alone for a place', () => {
    const [p] = run('حلقت مروحيات التحالف فوق قرية أبو حامضة شرقي الشدادي بريف الحسكة قبل أن تنفذ عملية إنزال جوي.');
    expect(p.place_ar).toBe('أبو حامضة');
  });
});

describe('operations and types (issue 12)', () => {
  it('proposes an earlier operation recalled with its own date, even at the same town', () => {
    const ps = run(
      'نفذ التحالف اليوم الجمعة إنزالاً جوياً في بلدة الشحيل شرقي دير الزور.\nوكان التحالف قد نفذ في 15 تشرين الأول الماضي عملية إنزال في الشحيل.',
      '2022-01-14',
    );
    expect(ps.map((p) => p.date)).toEqual(['2022-01-14', '2021-10-15']);
  });
  it('reads one dated operation out of generic talk ("كان آخرها في …")', () => {
    const ps = run(
      'اعتقلت القوات الأمريكية شخصين في عملية إنزال جوي في قرية تل أحمر بريف الحسكة الجنوبي.\nونفذت القوات الأمريكية عمليات إنزال عدة في محافظة الحسكة، كان آخرها في 19 آب الماضي في قرية خويتلة بريف الحسكة الجنوبي الشرقي.',
      '2019-11-19',
    );
    expect(ps.map((p) => p.date)).toEqual(['2019-11-19', '2019-08-19']);
  });
  it('reads supply airdrops, failed rescues and airlifts', () => {
    expect(
      run('ألقت طائرات شحن تابعة للتحالف الدولي أسلحة وذخائر للمقاتلين المحاصرين قرب مدينة عين العرب شمالي حلب.')[0]
        .type,
    ).toBe('supply-drop');
    expect(
      run('حاولت قوات أمريكية خاصة تنفيذ عملية إنزال بهدف تحرير رهائن في ريف الرقة الشرقي لكنها فشلت.')[0].type,
    ).toBe('hostage-rescue');
    expect(run('استخدمت مروحيات التحالف لإنزال عناصر من قسد قرب بلدة الطبقة غربي الرقة.')[0].type).toBe('evacuation');
  });
  it('does not propose an aircraft’s hard landing', () => {
    expect(run('هبطت مروحية تابعة للتحالف الدولي هبوطاً اضطرارياً قرب مدينة الحسكة دون إصابات.')).toEqual([]);
  });
});
