import { describe, expect, it } from 'vitest';
import { freeArea, inFreeArea } from './free-area';

describe('the free area of the map', () => {
  it('takes each overlay off the side it hugs', () => {
    const pad = freeArea(
      [
        { left: 10, top: 10, right: 600, bottom: 50 }, // basemap panel along the top
        { left: 10, top: 300, right: 330, bottom: 580 }, // legend at the bottom start
        { left: 900, top: 560, right: 1000, bottom: 590 }, // credits at the bottom end
      ],
      1000,
      600,
      0,
    );
    expect(pad).toEqual({ top: 50, bottom: 300, left: 0, right: 0 });
  });

  it('takes a full-width bottom sheet off the bottom, never a side', () => {
    const pad = freeArea([{ left: 0, top: 305, right: 390, bottom: 760 }], 390, 743, 0);
    expect(pad).toMatchObject({ left: 0, right: 0 });
    expect(pad.bottom).toBeGreaterThan(300);
  });

  it('ignores overlays outside the map and avoids full-height panels sideways', () => {
    const pad = freeArea(
      [
        { left: -100, top: 0, right: -10, bottom: 100 },
        { left: 0, top: 0, right: 400, bottom: 290 },
        { left: 0, top: 10, right: 400, bottom: 300 },
      ],
      1000,
      300,
      0,
    );
    // Full-height panels at the start are avoided sideways.
    expect(pad.top + pad.bottom).toBeLessThanOrEqual(200);
    expect(inFreeArea(700, 150, pad, 1000, 300)).toBe(true);
    expect(inFreeArea(200, 150, pad, 1000, 300)).toBe(false);
  });
});
