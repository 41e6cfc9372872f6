import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

// Every character 6 px wide.
const measure = (t: string) => t.length * 6;

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => expect(wrapLabel('Hama', 60, measure)).toEqual(['Hama']));

  it('wraps on spaces into lines no wider than the axis', () => {
    const lines = wrapLabel('Raid (kill/capture)', 60, measure);
    expect(lines).toEqual(['Raid', '(kill/cap…']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(60);
  });

  it('wraps Arabic words the same way', () => {
    expect(wrapLabel('إنزال ومداهمة (قتل/اعتقال)', 90, measure)).toEqual(['إنزال ومداهمة', '(قتل/اعتقال)']);
  });

  it('cuts the last line with an ellipsis when the lines run out', () => {
    const lines = wrapLabel('one two three four five six', 48, measure);
    expect(lines).toEqual(['one two', 'three f…']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(48);
  });
});
