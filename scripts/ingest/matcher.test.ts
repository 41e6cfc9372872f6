import { describe, expect, it } from 'vitest';
import { findPhrases, phrase } from './matcher';
import { tokenize } from './tokens';

const find = (text: string, patterns: string[]) =>
  findPhrases(
    tokenize(text),
    patterns.map((p, i) => phrase(p, i)),
  ).map((m) => m.source);

describe('phrase matcher', () => {
  it('matches any ending after a star', () => {
    expect(find('وشهدت المنطقة إنزالًا جويًا', ['انزال* جوي*'])).toEqual(['انزال* جوي*']);
  });
  it('lets a word written without ال match it with or without the article and attached letters', () => {
    expect(find('ساندت طائرات التحالف', ['تحالف'])).toEqual(['تحالف']);
    expect(find('تابعة للتحالف الدولي', ['التحالف الدولي'])).toEqual(['التحالف الدولي']);
  });
  it('needs the article when the pattern has it', () => {
    expect(find('نفذت عملية إنزال', ['العملية'])).toEqual([]);
    expect(find('أن العملية أسفرت', ['العملية'])).toEqual(['العملية']);
  });
  it('fills a gap of up to N words', () => {
    expect(find('عملية إنزال جوي لإمدادات لوجستية', ['انزال ~3 امدادات'])).toEqual(['انزال ~3 امدادات']);
    expect(find('إنزال في قرية بعيدة جدا عن الإمدادات', ['انزال ~2 امدادات'])).toEqual([]);
  });
  it('prefers the longest phrase and never reuses a word', () => {
    expect(find('تكثيف عمليات الإنزال', ['عمليات الانزال', 'الانزال'])).toEqual(['عمليات الانزال']);
  });
});
