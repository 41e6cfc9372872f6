import { describe, expect, it } from 'vitest';
import { segment } from './segment';
import { articleText, ARTICLES, realLexicons } from './test-data';

describe('segmentation', () => {
  it('splits paragraphs into sentences whose text is an exact slice of the article', () => {
    const text = articleText(ARTICLES.tabni);
    const sentences = segment(text, realLexicons().clauseMarkers);
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(new Set(sentences.map((s) => s.para)).size).toBe(sentences.length);
  });
  it('splits one line into several sentences at full stops', () => {
    const sentences = segment('نفذ التحالف إنزالاً. وقتل اثنان.\nسطر ثان', realLexicons().clauseMarkers);
    expect(sentences.map((s) => [s.para, s.text])).toEqual([
      [0, 'نفذ التحالف إنزالاً.'],
      [0, 'وقتل اثنان.'],
      [1, 'سطر ثان'],
    ]);
  });
  it('starts a new clause at commas and at "بالتزامن مع"', () => {
    const [s] = segment('وجرت عملية الإنزال بالتزامن مع قصف مدفعي، على منطقة التبني', realLexicons().clauseMarkers);
    const clauseOf = (word: string) => s.clause[s.tokens.findIndex((t) => t.text === word)];
    expect(clauseOf('الإنزال')).toBe(0);
    expect(clauseOf('قصف')).toBe(1);
    expect(clauseOf('التبني')).toBe(2);
  });
});
