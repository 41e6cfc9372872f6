/**
 * Keyboard steps of the brush handles, in the histogram's bins: a start handle moves from bin start to bin
 * start, an end handle from bin end to bin end (the last day of a year, month or the day itself), so that
 * each press adds or removes exactly one bar. Shift or PageUp/PageDown take a larger step.
 */
import { addDays, binStart, nextBin, type Bin } from '../../domain/dates';

export const LARGE_STEP: Record<Bin, number> = { year: 5, month: 12, day: 7 };

/** The start of the bin before the one that starts at or before `iso` (the previous boundary). */
function previousBoundary(iso: string, bin: Bin): string {
  const start = binStart(iso, bin);
  if (start < iso) return start;
  return binStart(addDays(start, -1), bin);
}

/** Moves a bin boundary (the first day of a bin) by `n` bins. */
function moveBoundary(boundary: string, bin: Bin, n: number): string {
  let b = boundary;
  for (let i = 0; i < Math.abs(n); i++) b = n > 0 ? nextBin(binStart(b, bin), bin) : previousBoundary(b, bin);
  return b;
}

/**
 * The next position of a handle: `end` 'from' holds a first day, 'to' a last day (inclusive). Clamped to the
 * extent; a start never passes the end or the end the start.
 */
export function stepHandle(
  value: string,
  handle: 'from' | 'to',
  n: number,
  bin: Bin,
  extent: { from: string; to: string },
): string {
  // An end date is the day before a boundary: step the boundary after it.
  const next = handle === 'from' ? moveBoundary(value, bin, n) : addDays(moveBoundary(addDays(value, 1), bin, n), -1);
  return next < extent.from ? extent.from : next > extent.to ? extent.to : next;
}
