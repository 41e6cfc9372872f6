/**
 * The part of the map that overlays (basemap panel, legend, credits, controls, the phone sheet) leave free, as
 * padding in pixels per side. Each overlay is taken off the side it hugs (the one that costs the least), so a
 * fitted or flown-to operation never lands under it.
 */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
/** How close to an edge an overlay must be to count as attached to it (px). */
const HUG = 48;

/** Overlay rectangles relative to the map's own box (width × height) → padding. */
export function freeArea(overlays: Rect[], width: number, height: number, margin = 12): Padding {
  const p = { ...NO_PADDING };
  for (const r of overlays) {
    if (r.right <= 0 || r.bottom <= 0 || r.left >= width || r.top >= height) continue;
    // [side, padding it needs, gap between the overlay and that edge, length of that axis]
    const sides: [keyof Padding, number, number, number][] = [
      ['top', r.bottom, r.top, height],
      ['bottom', height - r.top, height - r.bottom, height],
      ['left', r.right, r.left, width],
      ['right', width - r.left, width - r.right, width],
    ];
    // The edges it hugs (a small gap), where taking it off still leaves room (a full-width sheet is not avoided
    // sideways); of those, the one that costs least.
    const near = sides.filter(([, size, gap, total]) => gap <= HUG && size < 0.8 * total);
    const pool = near.length ? near : sides.filter(([, size, , total]) => size < 0.8 * total);
    if (!pool.length) continue;
    const [side, size] = pool.reduce((a, b) => (b[1] < a[1] ? b : a));
    p[side] = Math.max(p[side], size);
  }
  // Never leave less than a third of the map free on an axis: a tall legend on a short map gives way.
  const cap = (a: number, b: number, total: number) => {
    const room = total - a - b - 2 * margin;
    if (room >= total / 3) return [a, b];
    const scale = Math.max(0, (total * (2 / 3) - 2 * margin) / Math.max(1, a + b));
    return [a * scale, b * scale];
  };
  const [top, bottom] = cap(p.top, p.bottom, height);
  const [left, right] = cap(p.left, p.right, width);
  return {
    top: Math.round(top + margin),
    bottom: Math.round(bottom + margin),
    left: Math.round(left + margin),
    right: Math.round(right + margin),
  };
}

/** Whether a screen point lies in the free area. */
export function inFreeArea(x: number, y: number, pad: Padding, width: number, height: number): boolean {
  return x >= pad.left && x <= width - pad.right && y >= pad.top && y <= height - pad.bottom;
}
