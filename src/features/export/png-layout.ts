/** Pure layout for the PNG export: wrapping text and flowing legend items into lines of a given width. */

/** Splits `text` at spaces into lines no wider than `maxWidth` (a single longer word keeps a line of its own). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Places items of the given widths one after the other from the inline start, starting a new line when the next
 * one does not fit. Returns each item's line and its offset from the inline start.
 */
export function flowItems(widths: number[], maxWidth: number, gap: number): { line: number; x: number }[] {
  let line = 0;
  let x = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > maxWidth) {
      line++;
      x = 0;
    }
    const at = { line, x };
    x += w + gap;
    return at;
  });
}
