/**
 * The first view is painted once it is complete (`holdFirstPaint` in src/features/map/maplibre-internals.ts), not
 * once per source and batch of tiles as they arrive: on software WebGL each of those frames cost the load 60–200 ms.
 */
import { expect, test } from './helpers';

for (const lang of ['ar', 'en'] as const) {
  test(`the first view is painted once, complete, with its operations and labels (${lang})`, async ({ page }) => {
    // Counts the map frames that drew anything (a WebGL draw call between two of the map's `render` events).
    await page.addInitScript(() => {
      const w = window as unknown as { __paints: number; __atlasMap?: unknown };
      w.__paints = 0;
      let drew = false;
      const gl = WebGL2RenderingContext.prototype;
      const elements = gl.drawElements;
      const arrays = gl.drawArrays;
      gl.drawElements = function (...args: Parameters<typeof elements>) {
        drew = true;
        return elements.apply(this, args);
      };
      gl.drawArrays = function (...args: Parameters<typeof arrays>) {
        drew = true;
        return arrays.apply(this, args);
      };
      let map: { on: (e: string, f: () => void) => void } | undefined;
      Object.defineProperty(window, '__atlasMap', {
        configurable: true,
        get: () => map,
        set(m: typeof map) {
          map = m;
          m!.on('render', () => {
            if (drew) w.__paints++;
            drew = false;
          });
        },
      });
    });
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    // Painted once when complete, and at most once more (MapLibre's frame that finds nothing left to do).
    const paints = await page.evaluate(() => (window as unknown as { __paints: number }).__paints);
    expect(paints).toBeGreaterThanOrEqual(1);
    expect(paints).toBeLessThanOrEqual(2);
    // What that paint showed is the whole view: operations, and labels in the page's language.
    const drawn = await page.evaluate(() => {
      const map = (
        window as unknown as {
          __atlasMap: {
            queryRenderedFeatures: (o: object) => unknown[];
            getStyle: () => { layers: { id: string }[] };
          };
        }
      ).__atlasMap;
      const ids = map.getStyle().layers.map((l) => l.id);
      return {
        operations: map.queryRenderedFeatures({ layers: ids.filter((id) => /^ops-t\d+-(solid|hollow)$/.test(id)) })
          .length,
        labels: map.queryRenderedFeatures({ layers: ids.filter((id) => id.endsWith('-labels')) }).length,
      };
    });
    expect(drawn.operations).toBeGreaterThan(0);
    expect(drawn.labels).toBeGreaterThan(0);
  });
}
