import type { Page } from '@playwright/test';
import { expect, expectNoExternal, guardExternal, SCREENSHOTS, test } from './helpers';

const KUBAR = '2017-01-08-kubar';

async function mapIdle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
}

/** Pixel position of a lon/lat on the page, through the map's own projection. */
async function pagePoint(page: Page, lonLat: [number, number]) {
  const box = (await page.getByTestId('map').boundingBox())!;
  const p = await page.evaluate(
    (ll) =>
      (
        window as unknown as { __atlasMap: { project: (x: [number, number]) => { x: number; y: number } } }
      ).__atlasMap.project(ll),
    lonLat,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

for (const lang of ['ar', 'en'] as const) {
  test.describe(`map (${lang})`, () => {
    test('reaches idle on the embedded basemap without leaving localhost', async ({ page }) => {
      const external = await guardExternal(page);
      await page.goto(`/?lang=${lang}`);
      await mapIdle(page);
      const ms = await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime);
      test.info().annotations.push({ type: 'first-idle-ms', description: String(Math.round(ms)) });
      console.log(`time to first map idle (${lang}): ${Math.round(ms)} ms`);
      await expect(page.locator('.maplibregl-canvas')).toBeVisible();
      expectNoExternal(external);
    });

    test('selecting from the list opens the right details with the quote highlighted', async ({ page }) => {
      const external = await guardExternal(page);
      await page.goto(`/?lang=${lang}`);
      await mapIdle(page);
      await page.getByTestId('op-list').locator(`[data-op-id="${KUBAR}"] button`).click();
      const details = page.getByTestId('op-details');
      await expect(details).toHaveAttribute('data-op-id', KUBAR);
      await expect(page).toHaveURL(new RegExp(`op=${KUBAR}`));
      const mark = details.getByTestId('article-text').locator('mark').first();
      await expect(mark).toContainText('عملية إنزال جوي قامت بها قوات التحالف الدولي في مدينة الكبر');
      const inBox = await mark.evaluate((m) => {
        const box = m.parentElement!.getBoundingClientRect();
        const r = m.getBoundingClientRect();
        return r.top >= box.top - 1 && r.top < box.bottom;
      });
      expect(inBox).toBe(true);
      // Every source's link (stored articles and sources cited by URL) opens the original safely.
      const links = details.locator('a.source-link');
      await expect(links.first()).toBeVisible();
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
      await mapIdle(page);
      await page.screenshot({ path: `${SCREENSHOTS}/map-details-${lang}-desktop.png` });
      expectNoExternal(external);
    });

    test('clicking an operation on the canvas selects it', async ({ page }) => {
      await page.goto(`/?lang=${lang}&map=10/35.6/39.9`);
      await mapIdle(page);
      const { x, y } = await pagePoint(page, [39.85384, 35.61912]);
      await page.mouse.click(x, y);
      await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', KUBAR);
    });
  });
}

test('Esc closes the details and focus returns to the list row', async ({ page }) => {
  await page.goto('/?lang=en');
  const row = page.getByTestId('op-list').locator(`[data-op-id="${KUBAR}"] button`);
  await row.click();
  await expect(page.getByTestId('op-details')).toBeVisible();
  await expect(page.locator('#details-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('op-details')).toHaveCount(0);
  await expect(row).toBeFocused();
});

test('a disputed date lists every alternative with who reported it', async ({ page }) => {
  await page.goto('/?lang=en&op=2025-10-18-dumayr');
  const alts = page.getByTestId('date-alternatives');
  await expect(alts).toContainText('19 October 2025');
  await expect(alts).toContainText('damapost');
});

test('an online basemap that cannot load falls back to the embedded one with a notice', async ({ page }) => {
  const external = await guardExternal(page);
  await page.goto('/?lang=ar');
  await mapIdle(page);
  await page.getByTestId('basemap-switch').selectOption('osm');
  await expect(page.getByTestId('basemap-notice')).toContainText('تعذّر تحميل الخريطة الأساسية');
  await expect(page.getByTestId('basemap-switch')).toHaveValue('embedded');
  await expect(page).not.toHaveURL(/base=/);
  expect(external.length).toBeGreaterThan(0);
});

test('the camera is written to the URL on moveend and restored from it', async ({ page }) => {
  await page.goto('/?lang=en&map=7/35.2/40.1');
  await mapIdle(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/map=8\/35\.2\/40\.1/);
});

test('switching language relabels the map without reloading the page', async ({ page }) => {
  await page.goto('/?lang=en');
  await mapIdle(page);
  const field = () =>
    page.evaluate(() =>
      JSON.stringify(
        (
          window as unknown as { __atlasMap: { getLayoutProperty: (l: string, p: string) => unknown } }
        ).__atlasMap.getLayoutProperty('city-labels', 'text-field'),
      ),
    );
  expect(await field()).toContain('name_en');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByTestId('lang-switch').click();
  await mapIdle(page);
  expect(await field()).toMatch(/^\["coalesce",\["get","name_ar"\]/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('clusters show counts and expand on click', async ({ page }) => {
  await page.goto('/?lang=en&layer=clusters&map=6/35.2/40.3');
  await mapIdle(page);
  const cluster = await page.evaluate(() => {
    const m = (
      window as unknown as {
        __atlasMap: {
          queryRenderedFeatures: (
            o: object,
          ) => { properties: { point_count: number }; geometry: { coordinates: [number, number] } }[];
          project: (c: [number, number]) => { x: number; y: number };
        };
      }
    ).__atlasMap;
    const f = m.queryRenderedFeatures({ layers: ['ops-clusters'] })[0];
    return f && { count: f.properties.point_count, at: m.project(f.geometry.coordinates) };
  });
  expect(cluster?.count).toBeGreaterThan(1);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + cluster!.at.x, box.y + cluster!.at.y);
  await expect(page).toHaveURL(/map=([7-9]|1\d)(\.\d+)?\//);
});

test('the map holds only the operations inside the time range', async ({ page }) => {
  await page.goto('/?lang=en&map=6/35.3/40.2');
  await mapIdle(page);
  const shown = () =>
    page.evaluate(async () => {
      type Source = { getData: () => Promise<{ features: { properties: { id: string } }[] }> };
      const m = (window as unknown as { __atlasMap: { getSource: (id: string) => Source | undefined } }).__atlasMap;
      // Points mode spreads the operations over time-slice sources (ops-t0 …); the atlas data needs one.
      const ids: string[] = [];
      for (let b = 0; m.getSource(`ops-t${b}`); b++)
        ids.push(...(await m.getSource(`ops-t${b}`)!.getData()).features.map((f) => f.properties.id));
      return ids.sort();
    });
  await expect.poll(shown).toHaveLength(11);
  await page.getByTestId('time-from').fill('2020-05-01');
  await page.getByTestId('time-to').fill('2020-05-31');
  await page.getByTestId('time-to').press('Enter');
  await mapIdle(page);
  await expect.poll(shown).toEqual(['2020-05-07-zirr', '2020-05-17-busayrah', '2020-05-18-shuhayl']);
  // Cumulative growth goes as a diff: widen the range and the rest comes back.
  await page.getByTestId('timeline-reset').click();
  await expect.poll(shown).toHaveLength(11);
});

test('Back between two selections restores the selection and its camera, and leaves the history entry intact', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await mapIdle(page);
  const list = page.getByTestId('op-list');
  await list.locator('[data-op-id="2017-01-08-kubar"] button').click();
  await expect(page).toHaveURL(/op=2017-01-08-kubar.*|map=.*op=2017-01-08-kubar/);
  await expect(page).toHaveURL(/map=/);
  await mapIdle(page);
  const first = new URL(page.url()).searchParams.get('map');
  await list.locator('[data-op-id="2025-10-18-dumayr"] button').click();
  await expect(page).toHaveURL(/op=2025-10-18-dumayr/);
  await mapIdle(page);
  await page.goBack();
  await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', '2017-01-08-kubar');
  await mapIdle(page);
  expect(new URL(page.url()).searchParams.get('map')).toBe(first);
  const center = await page.evaluate(() => {
    const c = (
      window as unknown as { __atlasMap: { getCenter: () => { lat: number; lng: number } } }
    ).__atlasMap.getCenter();
    return [c.lat, c.lng];
  });
  const [, lat, lon] = first!.split('/').map(Number);
  expect(center[0]).toBeCloseTo(lat, 2);
  expect(center[1]).toBeCloseTo(lon, 2);
});
