/**
 * Day ↔ pixel scale of the timeline. In Arabic, time runs right to left (see CONTRIBUTING.md): the scale is
 * mirrored, and so are the brush and the arrow keys, which always move "towards later" in reading direction.
 */
import { fromDay, toDay } from '../../domain/dates';

export interface TimeScale {
  x: (iso: string) => number;
  date: (px: number) => string;
  width: number;
}

/** `from`..`to` inclusive mapped onto [pad, width - pad], mirrored when `rtl`. */
export function timeScale(from: string, to: string, width: number, rtl: boolean, pad = 8): TimeScale {
  const d0 = toDay(from);
  const d1 = toDay(to) + 1;
  const span = Math.max(1, d1 - d0);
  const inner = Math.max(1, width - 2 * pad);
  const ltr = (day: number) => pad + ((day - d0) / span) * inner;
  return {
    width,
    x: (iso) => {
      const v = ltr(toDay(iso));
      return rtl ? width - v : v;
    },
    date: (px) => {
      const v = rtl ? width - px : px;
      const day = Math.round(d0 + ((v - pad) / inner) * span);
      return fromDay(Math.min(d1 - 1, Math.max(d0, day)));
    },
  };
}
