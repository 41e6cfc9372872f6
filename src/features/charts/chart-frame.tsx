/**
 * One chart: a figure whose caption says exactly what is counted, an optional note on the counting rule, and
 * the plot in an LTR box (Recharts misdraws ticks under dir=rtl; the axes are mirrored for Arabic instead).
 */
import type { ReactNode } from 'react';

interface Props {
  testId: string;
  caption: string;
  note?: string;
  rtl: boolean;
  children: ReactNode;
  /** Below the plot, in the UI direction (a legend). */
  after?: ReactNode;
}

export function ChartFrame({ testId, caption, note, rtl, children, after }: Props) {
  const dir = rtl ? 'rtl' : 'ltr';
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption dir={dir}>
        <span className="chart-caption">{caption}</span>
        {note && <span className="chart-note">{note}</span>}
      </figcaption>
      <div className="chart-plot" dir="ltr">
        {children}
      </div>
      {after}
    </figure>
  );
}
