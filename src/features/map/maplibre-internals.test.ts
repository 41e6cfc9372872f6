import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { maplibregl } from './maplibre';
import { holdFirstPaint } from './maplibre-internals';

/** A stand-in for the map: its painter counts the frames it really paints, and repaints are counted. */
function fakeMap(withPainter = true) {
  const painted: number[] = [];
  const map = {
    painter: withPainter ? { render: (frame: number) => painted.push(frame) } : undefined,
    repaints: 0,
    triggerRepaint() {
      this.repaints++;
    },
  };
  const frame = (n: number) => map.painter?.render(n);
  return { map, painted, frame, asMap: map as unknown as maplibregl.Map };
}

describe('first paint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('paints nothing until released, then every frame, after asking for one', () => {
    const { map, painted, frame, asMap } = fakeMap();
    const hold = holdFirstPaint(asMap, 1500);
    frame(1);
    frame(2);
    expect(painted).toEqual([]);
    expect(hold.release()).toBe(true);
    expect(map.repaints).toBe(1);
    frame(3);
    frame(4);
    expect(painted).toEqual([3, 4]);
    // Released once: later calls change nothing and ask for no frame.
    expect(hold.release()).toBe(false);
    expect(map.repaints).toBe(1);
  });

  it('paints after the longest hold even when the view never completes', () => {
    const { map, painted, frame, asMap } = fakeMap();
    const hold = holdFirstPaint(asMap, 1500);
    vi.advanceTimersByTime(1499);
    frame(1);
    expect(painted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
    frame(2);
    expect(painted).toEqual([2]);
    expect(hold.release()).toBe(false);
  });

  it('holds nothing when the map has no painter to hold', () => {
    const { map, asMap } = fakeMap(false);
    const hold = holdFirstPaint(asMap, 1500);
    expect(hold.release()).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(map.repaints).toBe(0);
  });
});
