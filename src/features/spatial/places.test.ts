import { describe, expect, it } from 'vitest';
import { builtFile } from '../../../scripts/data-build/test-built';
import { placesFromRows, searchPlaces } from './places';

// The gazetteer index the data build publishes, built here from the repository's own data/.
const places = placesFromRows(JSON.parse(builtFile('gazetteer.json')));
const ids = (q: string) => searchPlaces(places, q).map((p) => p.id);

describe('searchPlaces', () => {
  it('finds a place by its Arabic name, with or without the article and hamza forms', () => {
    expect(ids('البصيرة')[0]).toBe('wof:1226134263');
    expect(ids('بصيره')).toContain('wof:1226134263');
  });

  it('finds a place by Latin names, spelt as the gazetteer does or otherwise', () => {
    expect(ids('Al Busayrah')[0]).toBe('wof:1226134263');
    expect(ids('Busaira')).toContain('wof:1226134263');
  });

  it('finds a local place by an alternative Arabic name', () => {
    expect(ids('قاعدة حقل العمر')).toContain('local:al-omar-field');
  });

  it('ranks governorate seats and towns before villages of the same name', () => {
    const [first] = searchPlaces(places, 'Busayrah');
    expect(first.id).toBe('wof:1226134263');
    expect(first.at).toEqual([40.42716, 35.15618]);
  });

  it('finds nothing for an empty or unknown name', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('Zzyzxqq')).toEqual([]);
  });
});
