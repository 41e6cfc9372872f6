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

  it('ignores overlays outside the map and keeps a third of it free', () => {
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
    expect(pad.top + pad.bottom).toBeLessThanOrEqual(200);
    expect(inFreeArea(500, 150, pad, 1000, 300)).toBe(true);
    expect(inFreeArea(500, 5, pad, 1000, 300)).toBe(false);
  });
});
