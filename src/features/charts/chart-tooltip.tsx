/** The charts' tooltip box: a title and lines with optional colour swatches, in the UI language's direction. */
export interface TooltipLine {
  text: string;
  color?: string;
}

export function ChartTooltip({ title, lines, rtl }: { title: string; lines: TooltipLine[]; rtl: boolean }) {
  return (
    <div className="chart-tooltip" dir={rtl ? 'rtl' : 'ltr'} data-testid="chart-tooltip">
      <div className="chart-tooltip-title">{title}</div>
      {lines.map((l) => (
        <div key={l.text} className="chart-tooltip-line">
          {l.color && <span className="chart-swatch" style={{ background: l.color }} aria-hidden="true" />}
          {l.text}
        </div>
      ))}
    </div>
  );
}

/** The row under the pointer (or keyboard) from Recharts' tooltip props. */
export function activeRow<T>(props: { active?: boolean; payload?: readonly { payload?: unknown }[] }): T | null {
  if (!props.active || !props.payload?.length) return null;
  return (props.payload[0].payload as T) ?? null;
}
