/**
 * Category labels that never overlap: measured, wrapped on spaces into at most `maxLines` lines of `maxWidth`
 * pixels, the last line cut with an ellipsis when even that is not enough (the full name stays on hover).
 */
export type Measure = (text: string) => number;

export function wrapLabel(text: string, maxWidth: number, measure: Measure, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (!line || measure(next) <= maxWidth) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1)
      return [...lines, ellipsis(`${line} ${words.slice(i).join(' ')}`, maxWidth, measure)];
    lines.push(line);
    line = words[i];
  }
  if (line) lines.push(measure(line) <= maxWidth ? line : ellipsis(line, maxWidth, measure));
  return lines;
}

function ellipsis(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  let s = text;
  while (s.length > 1 && measure(`${s}…`) > maxWidth) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

let context: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in the page's font at `size` px (canvas measurement; a rough estimate where there is none). */
export function measureText(size: number): Measure {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const ctx = context;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  if (!ctx) return (t) => t.length * size * 0.6;
  return (t) => {
    ctx.font = `${size}px ${family}`;
    return ctx.measureText(t).width;
  };
}
