import { describe, expect, it } from 'vitest';
import { corroborationOf, countOutlets, isCited } from './corroboration';
import { makeOp } from './test-ops';

describe('corroboration', () => {
  it('counts distinct outlets, whatever the case and spacing of their names', () => {
    expect(countOutlets([{ outlet: 'Enab Baladi' }, { outlet: 'enab  baladi' }, { outlet: 'Reuters' }])).toBe(2);
  });
  it('counts a republished story once, under the outlet that wrote it', () => {
    const sources = [
      { outlet: 'AFP' },
      { outlet: 'Al-Masry al-Youm', republished_from: 'AFP' },
      { outlet: 'France 24', republished_from: 'afp' },
    ];
    expect(countOutlets(sources)).toBe(1);
    expect(countOutlets([...sources, { outlet: 'The Washington Post' }, { outlet: 'Washington Post' }])).toBe(2);
  });
  it('uses the published figure and counts the sources when a dataset has none', () => {
    expect(corroborationOf({ ...makeOp({ id: 'a' }).properties, corroboration: 3 })).toBe(3);
    expect(corroborationOf(makeOp({ id: 'b' }).properties)).toBe(1);
  });
  it('tells a source cited by URL only from a stored one', () => {
    const stored = makeOp({ id: 'a' }).properties.sources[0];
    expect(isCited(stored)).toBe(false);
    expect(isCited({ ...stored, article_id: undefined, quote_ar: undefined, claims_en: 'x', claims_ar: 'س' })).toBe(
      true,
    );
  });
});
