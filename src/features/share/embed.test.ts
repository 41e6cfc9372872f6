import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullUrl } from './embed';

describe('embedding', () => {
  it('embeds the same view with embed=1, without the evidence panel', () => {
    const url = embedUrl('https://atlas.example/x/?v=1&lang=ar&years=2020&op=2020-05-07-zirr');
    expect(new URL(url).searchParams.get('embed')).toBe('1');
    expect(new URL(url).searchParams.get('years')).toBe('2020');
    expect(new URL(url).searchParams.has('op')).toBe(false);
    expect(new URL(url).pathname).toBe('/x/');
  });

  it('links from the embed to the full atlas with the same view', () => {
    expect(fullUrl('https://atlas.example/?v=1&embed=1&years=2020')).toBe('https://atlas.example/?v=1&years=2020');
  });

  it('writes an iframe of the chosen size whose attributes cannot be broken out of', () => {
    const s = embedSnippet('https://atlas.example/?q="><script>', 'small', 'Atlas "x" <b>');
    expect(s).toMatch(
      /^<iframe src="https:\/\/atlas\.example\/\?q=[^"<]*" width="480" height="400" title="Atlas &quot;x&quot; &lt;b>"/,
    );
    expect(s).not.toContain('<script>');
  });
});
