import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

/** al-Busayrah and al-Kasar share one point (the subdistrict seat); al-Zirr and al-Shuhayl are a few km away. */
const BUSAYRAH: [number, number] = [40.42716, 35.15618];
const SHARED = ['2020-05-17-busayrah', '2025-10-22-kasar-fawqani'];
const DAMASCUS_CAMERA = 'map=9/33.6/36.7';

async function mapIdle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
}

/** Where each operation of the list is drawn, relative to the map, and the map's size. */
async function projected(page: Page, ids: string[]) {
  const points = await page.evaluate(async (wanted) => {
    const m = (
      window as unknown as {
        __atlasMap: { project: (ll: [number, number]) => { x: number; y: number } };
      }
    ).__atlasMap;
    const data = (await (await fetch('data/operations.geojson')).json()) as {
      features: { id: string; geometry: { coordinates: [number, number] } }[];
    };
    return data.features.filter((f) => wanted.includes(f.id)).map((f) => m.project(f.geometry.coordinates));
  }, ids);
  const box = (await page.getByTestId('map').boundingBox())!;
  return { points, box };
}

/** Whether every point lies in the map and outside every overlay drawn over it. */
async function allClear(page: Page, ids: string[]) {
  const { points, box } = await projected(page, ids);
  const overlays = await page
    .locator('.map-area .map-controls, .map-area .legend, .map-area .credits, .map-area .maplibregl-ctrl-group')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  return points.every((p) => {
    const x = box.x + p.x;
    const y = box.y + p.y;
    const inMap = p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
    return inMap && !overlays.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  });
}

const Y2017 = ['2017-01-08-kubar', '2017-08-22-buqrus', '2017-08-24-bulayl', '2017-08-26-tabni'];

for (const lang of ['ar', 'en'] as const) {
  test.describe(`map framing (${lang})`, () => {
    test('a click on operations drawn on one spot offers them all in a list', async ({ page }) => {
      await page.goto(`/?lang=${lang}&map=10/35.15/40.43`);
      await mapIdle(page);
      const { points, box } = await projected(page, [SHARED[0]]);
      await page.mouse.click(box.x + points[0].x, box.y + points[0].y);
      const chooser = page.getByTestId('op-chooser');
      await expect(chooser).toContainText(lang === 'ar' ? 'عمليتان هنا' : '2 operations here');
      const items = chooser.locator('[data-op-id]');
      await expect(items).toHaveCount(2);
      expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-op-id')))).sort()).toEqual(SHARED);
      await items.nth(1).click();
      await expect(page.getByTestId('op-details')).toBeVisible();
      await expect(chooser).toHaveCount(0);
    });

    test('from the keyboard, Enter on the map lists the operations at its centre', async ({ page }) => {
      await page.goto(`/?lang=${lang}&map=11/${BUSAYRAH[1]}/${BUSAYRAH[0]}`);
      await mapIdle(page);
      await page.locator('.maplibregl-canvas').focus();
      await page.keyboard.press('Enter');
      const chooser = page.getByTestId('op-chooser');
      await expect(chooser.locator('[data-op-id]')).toHaveCount(2);
      await expect(chooser.locator('[data-op-id]').first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      const second = await chooser.locator('[data-op-id]').nth(1).getAttribute('data-op-id');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', second!);
    });

    test('zoom to the filtered operations brings them all into view, clear of the overlays', async ({ page }) => {
      await page.goto(`/?lang=${lang}&${DAMASCUS_CAMERA}&years=2017`);
      await mapIdle(page);
      expect(await allClear(page, Y2017)).toBe(false);
      await page.getByTestId('zoom-to-filtered').click();
      await expect(page).not.toHaveURL(new RegExp(DAMASCUS_CAMERA));
      await mapIdle(page);
      expect(await allClear(page, Y2017)).toBe(true);
    });

    test('a filter that empties the view reframes the map; one that keeps operations in view does not', async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}&${DAMASCUS_CAMERA}`);
      await mapIdle(page);
      // al-Dumayr stays in view: the person's camera stays.
      await page.locator('.year-chip[data-year="2025"]').click();
      await expect(page).toHaveURL(/years=2025/);
      await mapIdle(page);
      await expect(page).toHaveURL(new RegExp(DAMASCUS_CAMERA));
      // Only 2017 now: nothing left in view, so the map frames the 2017 operations.
      await page.locator('.year-chip[data-year="2025"]').click();
      await page.locator('.year-chip[data-year="2017"]').click();
      await expect(page).not.toHaveURL(new RegExp(DAMASCUS_CAMERA));
      await mapIdle(page);
      expect(await allClear(page, Y2017)).toBe(true);
    });

    test('playback never moves the map', async ({ page }) => {
      await page.goto(`/?lang=${lang}&${DAMASCUS_CAMERA}`);
      await mapIdle(page);
      await page.getByTestId('speed').selectOption('4');
      await page.getByTestId('play').click();
      await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 });
      await expect(page).toHaveURL(new RegExp(DAMASCUS_CAMERA));
    });

    test('opening the charts keeps every operation in view, clear of the overlays', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await mapIdle(page);
      await page.getByTestId('charts-toggle').click();
      await expect(page.getByTestId('charts')).toBeVisible();
      await mapIdle(page);
      await expect.poll(() => allClear(page, [...Y2017, ...SHARED])).toBe(true);
    });

    test('MapLibre controls and the scale bar speak the UI language, and the scale is not covered', async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}`);
      await mapIdle(page);
      await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute(
        'aria-label',
        lang === 'ar' ? 'تكبير' : 'Zoom in',
      );
      const scale = page.getByTestId('scale-bar');
      await expect(scale).toHaveText(lang === 'ar' ? /^[٠-٩]+\s(كم|م)$/ : /^\d+\s(km|m)$/);
      const s = (await scale.boundingBox())!;
      const c = (await page.locator('.credits').boundingBox())!;
      expect(s.y + s.height <= c.y || c.y + c.height <= s.y || s.x + s.width <= c.x || c.x + c.width <= s.x).toBe(true);
      // Switching language relabels them without a reload.
      await page.getByTestId('lang-switch').click();
      await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute(
        'aria-label',
        lang === 'ar' ? 'Zoom in' : 'تكبير',
      );
      await expect(scale).toHaveText(lang === 'ar' ? /\s(km|m)$/ : /\s(كم|م)$/);
    });
  });
}
