/** What a list row shows of why it matched: marks in its title and place, and at most one telling snippet. */
import { describe, expect, it } from 'vitest';
import type { MatchPart } from './explain-match';
import { fieldName, NO_MATCH, rowMatch, shorten } from './row-match';
import { makeOp } from './test-ops';

const part = (text: string, ranges: [number, number][]): MatchPart => ({
  field: 'summary_en',
  text,
  ranges,
  words: [0],
});
const shown = (p: MatchPart) => p.ranges.map(([a, b]) => p.text.slice(a, b));

describe('shorten', () => {
  it('leaves a text of up to 90 characters whole', () => {
    const p = part('x'.repeat(90), [[0, 1]]);
    expect(shorten(p)).toBe(p);
    expect(shorten(part('x'.repeat(91), [[0, 1]])).text).not.toBe('x'.repeat(91));
  });

  it('starts at the beginning, without "…", when the mark is near the start', () => {
    const text = `first target ${'word '.repeat(30)}`;
    const cut = shorten(part(text, [[6, 12]]));
    expect(cut.text.startsWith('first target')).toBe(true);
    expect(cut.text.endsWith(' …')).toBe(true);
    expect(shown(cut)).toEqual(['target']);
    expect(cut.text.length).toBeLessThanOrEqual(92);
  });

  it('ends at the end, without "…", when the mark is near the end', () => {
    const text = `${'word '.repeat(30)}last target`;
    const at = text.indexOf('target');
    const cut = shorten(part(text, [[at, at + 6]]));
    expect(cut.text.endsWith('last target')).toBe(true);
    expect(cut.text.startsWith('… ')).toBe(true);
    expect(shown(cut)).toEqual(['target']);
  });

  it('cuts at spaces, never inside a word, and keeps about a third of the window before the mark', () => {
    const text = `${'abcdefg '.repeat(20)}target ${'hijklmn '.repeat(20)}`;
    const at = text.indexOf('target');
    const cut = shorten(part(text, [[at, at + 6]]));
    const inner = cut.text.replace(/^… /, '').replace(/ …$/, '');
    expect(inner.split(' ').every((w) => ['abcdefg', 'target', 'hijklmn'].includes(w))).toBe(true);
    const before = inner.indexOf('target');
    expect(before).toBeGreaterThan(15);
    expect(before).toBeLessThanOrEqual(30);
  });

  it('drops marks outside the window and moves the others', () => {
    const text = `${'word '.repeat(40)}target near ${'word '.repeat(40)}omega`;
    const t = text.indexOf('target');
    const n = text.indexOf('near');
    const cut = shorten(
      part(text, [
        [t, t + 6],
        [n, n + 4],
        [text.length - 5, text.length],
      ]),
    );
    expect(shown(cut)).toEqual(['target', 'near']);
  });

  it('keeps a mark longer than the window whole', () => {
    const long = 'y'.repeat(120);
    const text = `${'word '.repeat(30)}${long} end`;
    const at = text.indexOf(long);
    const cut = shorten(part(text, [[at, at + 120]]));
    expect(shown(cut)).toEqual([long]);
  });
});

describe('rowMatch', () => {
  const op = makeOp({
    id: 'a',
    title_en: 'Raid at the village',
    title_ar: 'إنزال في القرية',
    place_en: 'al-Shuhayl',
    place_ar: 'الشحيل',
    summary_en: 'Helicopters landed at night near the river.',
    summary_ar: 'هبطت مروحيات ليلا قرب النهر.',
  });

  it('shows nothing for an empty query', () => {
    expect(rowMatch(op, ' ', 'en')).toBe(NO_MATCH);
  });

  it('adds no snippet when the title and place already show every word', () => {
    expect(rowMatch(op, 'raid Shuhayl', 'en')).toEqual({ title: [[0, 4]], place: [[3, 10]], snippet: null });
  });

  it('shows the place in the other language first, for a word the row does not show', () => {
    expect(rowMatch(op, 'الشحيل', 'en').snippet?.field).toBe('place_ar');
    expect(rowMatch(op, 'Shuhayl', 'ar').snippet?.field).toBe('place_en');
  });

  it('prefers the summary in the UI language to the one in the other language', () => {
    const both = makeOp({ id: 'b', summary_en: 'Kubar', summary_ar: 'Kubar هنا' });
    expect(rowMatch(both, 'Kubar', 'en').snippet?.field).toBe('summary_en');
    expect(rowMatch(both, 'Kubar', 'ar').snippet?.field).toBe('summary_ar');
  });

  it('prefers the field that shows more of the missing words', () => {
    const m = rowMatch(op, 'helicopters river village', 'en');
    expect(m.title).toEqual([[12, 19]]);
    expect(m.snippet?.field).toBe('summary_en');
    expect(m.snippet?.words).toEqual([0, 1]);
  });

  it('names both languages’ fields by one name', () => {
    expect(fieldName('summary_ar')).toBe('summary');
    expect(fieldName('title_en')).toBe('title');
    expect(fieldName('place_name')).toBe('place_name');
  });
});
