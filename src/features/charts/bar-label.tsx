/**
 * A value written just past the end of a horizontal bar, on the side the bar grows towards (leftwards in
 * Arabic). Recharts' own `position` measures from the bar's origin, which is the wrong end on a reversed axis.
 */
import { TICK_FONT } from './category-tick';

interface LabelProps {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
  index?: number;
  value?: unknown;
}

const GAP = 4;

export function endLabel(textOf: (index: number, value: unknown) => string, rtl: boolean) {
  return function EndLabel(props: unknown) {
    const { viewBox, index = 0, value } = props as LabelProps;
    const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {};
    const [left, right] = [Math.min(x, x + width), Math.max(x, x + width)];
    return (
      <text
        className="chart-value"
        x={rtl ? left - GAP : right + GAP}
        y={y + height / 2}
        textAnchor={rtl ? 'end' : 'start'}
        dominantBaseline="central"
        fontSize={TICK_FONT}
      >
        {textOf(index, value)}
      </text>
    );
  };
}
