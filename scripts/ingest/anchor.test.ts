import { describe, expect, it } from 'vitest';
import { yearsByWeekday } from './date-resolve';
import { ingest } from './ingest';
import { realData } from './test-data';

const run = (text: string, published: string | null = null) => {
  const { idx, lex } = realData();
  return ingest(text, { published, today: '2026-06-01' }, idx, lex);
};

describe('dates without a publication date', () => {
  it('lists the years in which a day falls on a weekday, latest first, none after today', () => {
    expect(yearsByWeekday(16, 6, 3, '2026-06-01')).toEqual([2021]);
    expect(yearsByWeekday(7, 6, 5, '2026-06-01')).toEqual([2024, 2019]);
    expect(yearsByWeekday(7, 6, 5, '2024-06-06')).toEqual([2019]);
    expect(yearsByWeekday(29, 2, 4, '2026-06-01')).toEqual([2024]);
    expect(yearsByWeekday(1, 1, 3, '2014-01-01')).toEqual([2014]);
  });
  it('infers the year of "الأربعاء 16 حزيران" from the weekday', () => {
    const [p] = run('نفذت قوات التحالف اليوم الأربعاء 16 حزيران عملية إنزال جوي في بلدة الشحيل بريف دير الزور.');
    expect([p.date, p.confidence.date]).toEqual(['2021-06-16', 'medium']);
  });
  it('takes the latest year with low confidence when two fit, and says so', () => {
    const [p] = run('نفذت قوات التحالف يوم الجمعة 7 حزيران عملية إنزال جوي في بلدة ذيبان شرقي دير الزور.');
    expect([p.date, p.confidence.date]).toEqual(['2024-06-07', 'low']);
    expect(p.evidence.notes.map((n) => n.text).join(' ')).toContain('2019 also fit');
  });
  it('counts "أمس" from a dateline on top and names the anchor', () => {
    const [p] = run(
      'دير الزور، 14 آذار 2019\nأنزلت مروحيات التحالف جنوداً فجر أمس في بلدة الشحيل بريف دير الزور الشرقي.',
    );
    expect(p.date).toBe('2019-03-13');
    expect(p.evidence.notes.map((n) => n.text).join(' ')).toContain("the article's dateline «14 آذار 2019»");
  });
  it('reads a dateline at the bottom in Arabic-Indic digits and one with a Latin month', () => {
    expect(
      run(
        'نفذت قوات التحالف مساء أمس عملية إنزال جوي في مدينة البصيرة بريف دير الزور الشرقي.\nنشر بتاريخ ٢٠٢٠/٠٥/٠٧',
      )[0].date,
    ).toBe('2020-05-06');
    expect(
      run('Updated 15 October 2021\nاعتقلت قوات التحالف شخصين في عملية إنزال جوي فجر اليوم في بلدة أطمة شمالي إدلب.')[0]
        .date,
    ).toBe('2021-10-15');
  });
  it('does not take a dated sentence deep in a long paragraph for a dateline', () => {
    const long =
      'وقال مصدر محلي إن قوات التحالف الدولي التي تقودها الولايات المتحدة نفذت عملية إنزال جوي في بلدة الشحيل بريف دير الزور الشرقي في 3 أيار 2020 واعتقلت شخصين.';
    const [p] = run(`مقدمة\nفقرة\nفقرة ثانية\n${long}\nخاتمة`);
    expect(p.date).toBe('2020-05-03');
    expect(p.evidence.notes.map((n) => n.text).join(' ')).not.toContain('dateline');
  });
  it('anchors relative days to the day the article calls "today"', () => {
    const [p] = run(
      'أفاد ناشطون اليوم الخميس 12 أيار بأن مروحيات أمريكية نفذت أمس عملية إنزال في قرية محيميدة بريف دير الزور الغربي.',
    );
    expect([p.date, p.date_end]).toEqual(['2022-05-11', '2022-05-12']);
  });
  it('prefers the publication date over a dateline', () => {
    const [p] = run('دير الزور، 14 آذار 2019\nأنزلت مروحيات التحالف جنوداً فجر أمس في بلدة الشحيل.', '2019-03-20');
    expect(p.date).toBe('2019-03-19');
  });
});
