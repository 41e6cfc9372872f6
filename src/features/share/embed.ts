/**
 * The iframe snippet for embedding the current view in an article: the permalink with `embed=1` (a compact view:
 * map, count, timeline, legend and attribution) at a chosen size.
 */
export const EMBED_SIZES = {
  small: { width: 480, height: 400 },
  medium: { width: 720, height: 520 },
  large: { width: 960, height: 640 },
} as const;
export type EmbedSize = keyof typeof EMBED_SIZES;

/** The view's address with `embed=1` (and without a selection's evidence panel, which the embed does not show). */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  url.searchParams.delete('op');
  return url.toString();
}

/** The address of the full atlas for an embedded view (`embed` dropped). */
export function fullUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(href: string, size: EmbedSize, title: string): string {
  const { width, height } = EMBED_SIZES[size];
  return `<iframe src="${attr(embedUrl(href))}" width="${width}" height="${height}" title="${attr(title)}" loading="lazy" referrerpolicy="no-referrer" style="border:0;max-width:100%"></iframe>`;
}
