import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { formatReport } from './report';
import { articleText, ARTICLES, realData } from './test-data';

describe('report', () => {
  it('shows each field with its confidence and the words it came from', () => {
    const { idx, lex } = realData();
    const proposals = ingest(articleText(ARTICLES.coalitionWeapons), { published: '2020-04-17' }, idx, lex);
    const text = formatReport(proposals, { file: 'a.txt', published: '2020-04-17', outlet: 'Enab Baladi' });
    expect(text).toContain('1 proposed operation(s)');
    expect(text).toMatch(/date\s+2020-04-04 \(day\)\s+\[high\]/);
    expect(text).toContain('from «4 من نيسان الحالي»');
    expect(text).toMatch(/place\s+.*local:al-omar-field.*SY-DY/);
    expect(text).toMatch(/type\s+supply-drop/);
    expect(text).toContain('Enab Baladi');
  });
  it('says so when there is no operation', () => {
    expect(formatReport([], { file: 'a.txt', published: null })).toContain('No airborne operation found');
  });
});
