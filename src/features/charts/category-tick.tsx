/**
 * A category axis tick drawn as pre-wrapped lines (see wrap-label.ts) with the full name on hover, so that
 * labels never overlap in either language. Recharts passes the position and anchor; `lines` maps key → lines.
 */
interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  payload?: { value: string };
}

export const TICK_FONT = 11;
const LINE = 13;

type Anchor = 'start' | 'end' | 'middle';
/** Right-to-left embedding … pop: brackets and mixed runs in Arabic order inside the LTR chart box. */
const RTL = (line: string) => `\u202B${line}\u202C`;

/**
 * `rtl` embeds each line right-to-left. Not SVG's `direction`: Chromium then anchors multi-line (tspan) labels
 * inconsistently, so Recharts' anchor is kept as is and only the text's own order changes.
 */
export function categoryTick(lines: Map<string, string[]>, fullName: (key: string) => string, rtl: boolean) {
  return function CategoryTick({ x: px = 0, y: py = 0, textAnchor = 'middle', payload }: TickProps) {
    const x = Number(px);
    const y = Number(py);
    const key = payload?.value ?? '';
    const rows = lines.get(key) ?? [key];
    const top = y - ((rows.length - 1) * LINE) / 2;
    return (
      <text
        className="chart-tick"
        x={x}
        y={top}
        textAnchor={textAnchor as Anchor}
        dominantBaseline="central"
        fontSize={TICK_FONT}
        data-category={key}
      >
        <title>{fullName(key)}</title>
        {rows.map((r, i) => (
          <tspan key={i} x={x} y={top + i * LINE}>
            {rtl ? RTL(r) : r}
          </tspan>
        ))}
      </text>
    );
  };
}
