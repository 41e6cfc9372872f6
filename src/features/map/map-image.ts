/** The map as an image, for exports (the controller's `snapshot` and `imageNow`). */
import type { maplibregl } from './maplibre';

/** A copy of the next frame drawn (the WebGL buffer is cleared after each frame, so it is copied at once). */
export function snapshot(map: maplibregl.Map): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The map drawn now, as a PNG data URL (synchronously: for printing). */
export function imageNow(map: maplibregl.Map): string {
  map.redraw();
  return map.getCanvas().toDataURL('image/png');
}
