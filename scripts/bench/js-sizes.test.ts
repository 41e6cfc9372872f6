import { describe, expect, it } from 'vitest';
import { jsBudget, jsBudgetLine } from './js-sizes';

describe('the JS budget of the bench', () => {
  it('meets a goal at its limit and misses it above', () => {
    const b = jsBudget({ initial_js_gzip_kb: 415, own_js_start_gzip_kb: 30.1 });
    expect(b.map((x) => [x.key, x.met])).toEqual([
      ['initial_js_gzip_kb', true],
      ['own_js_start_gzip_kb', false],
    ]);
  });
  it('never counts an unmeasured own code as met, and says so in the log line', () => {
    const sizes = { initial_js_gzip_kb: 400, own_js_start_gzip_kb: null };
    expect(jsBudget(sizes)[1].met).toBe(false);
    expect(jsBudgetLine(sizes)).toBe(
      'JS budget: initial_js_gzip_kb 400 ≤ 415 ✓, own_js_start_gzip_kb unmeasured ≤ 30 ✘',
    );
  });
});
