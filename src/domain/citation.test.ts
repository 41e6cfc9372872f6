import { describe, expect, it } from 'vitest';
import { citeDataset, citeOperation, permalink } from './citation';

const dataset = {
  version: 'abc123def456',
  count: 64,
  from: '2014-07-04',
  to: '2025-11-26',
  url: 'https://atlas.example/?v=1&lang=en',
  accessed: '2026-11-23',
};

describe('citations', () => {
  it('cites the dataset in English with version, count, permalink and access date', () => {
    expect(citeDataset(dataset, 'en')).toBe(
      'Airborne Operations Atlas contributors. "Airborne Operations Atlas: coalition airborne operations in Syria, 2014–2025" (dataset), version abc123def456, 64 operations. https://atlas.example/?v=1&lang=en (accessed 23 November 2026).',
    );
  });
  it('cites the dataset in Arabic with Arabic-Indic digits and the Levantine month', () => {
    const ar = citeDataset(dataset, 'ar');
    expect(ar).toContain('٢٠١٤–٢٠٢٥');
    expect(ar).toContain('٦٤ عملية');
    expect(ar).toContain('تاريخ الاطلاع: ٢٣ تشرين الثاني ٢٠٢٦');
    expect(ar).toContain('https://atlas.example/?v=1&lang=en');
  });
  it('cites one operation with its title, date, id and permalink in the UI language', () => {
    const op = {
      id: '2019-10-26-barisha',
      title: 'US raid at Barisha',
      date: '2019-10-26',
      version: 'abc123def456',
      url: 'https://atlas.example/?v=1&op=2019-10-26-barisha',
      accessed: '2026-11-23',
    };
    expect(citeOperation(op, 'en')).toBe(
      '"US raid at Barisha" (26 October 2019), operation 2019-10-26-barisha. In: Airborne Operations Atlas contributors, Airborne Operations Atlas: coalition airborne operations in Syria, version abc123def456. https://atlas.example/?v=1&op=2019-10-26-barisha (accessed 23 November 2026).',
    );
    expect(citeOperation({ ...op, title: 'إنزال باريشا' }, 'ar')).toContain('«إنزال باريشا» (٢٦ تشرين الأول ٢٠١٩)');
  });
  it('builds a permalink from the address with only the identifying keys', () => {
    expect(permalink('https://atlas.example/app/?v=1&page=methodology&years=2020#x', { lang: 'ar', op: 'a-b' })).toBe(
      'https://atlas.example/app/?v=1&lang=ar&op=a-b',
    );
  });
});
