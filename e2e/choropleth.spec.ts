/**
 * The governorate choropleth (`layer=choropleth`) on the fixture data: counts per governorate (by each record's
 * `governorate`), classes, the colour drawn on the map, hover, click and keyboard filtering, the time range,
 * the URL round trip, in Arabic and English, desktop and phone.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, fixtureOperations, SCREENSHOTS, showTools, test } from './helpers';

interface Op {
  properties: { governorate: string; date: string; date_end: string | null };
}
const META = JSON.parse(readFileSync('e2e/fixtures/data/meta.json', 'utf8')) as {
  governorates: Record<string, { ar: string; en: string; label: [number, number] }>;
};
const OPS = fixtureOperations().features as Op[];
const PHONE = { width: 390, height: 844 };

/** Operations per governorate as the data says, for those whose span reaches `from` or later. */
function expectedCounts(from = '0000-00-00'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { properties: p } of OPS)
    if ((p.date_end ?? p.date) >= from) counts[p.governorate] = (counts[p.governorate] ?? 0) + 1;
  return counts;
}

async function mapIdle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
}

/** Page position of a lon/lat through the map's own projection. */
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

/** The governorate and its drawn fill colour (as `rgba(…)`) that the choropleth layer renders at a lon/lat. */
async function renderedFill(page: Page, lonLat: [number, number]) {
  return page.evaluate((ll) => {
    type Hit = { properties: { iso: string }; layer: { paint: Record<string, { toString(): string }> } };
    const map = (
      window as unknown as {
        __atlasMap: {
          project: (x: [number, number]) => { x: number; y: number };
          queryRenderedFeatures: (p: [number, number], o: object) => Hit[];
        };
      }
    ).__atlasMap;
    const p = map.project(ll);
    const hit = map.queryRenderedFeatures([p.x, p.y], { layers: ['ops-choropleth'] })[0];
    return hit ? { iso: hit.properties.iso, color: String(hit.layer.paint['fill-color']) } : null;
  }, lonLat);
}

/** `#rrggbb` as MapLibre prints an opaque colour. */
const rgba = (hex: string) => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')},1)`;

const DY = META.governorates['SY-DY'].label;
const counts = async (page: Page) =>
  Object.fromEntries(
    await page
      .getByTestId('choropleth-legend')
      .locator('[data-gov]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-gov'), Number(r.getAttribute('data-count'))])),
  );

test('the fixture says what these tests assume', () => {
  // Hand-checked from e2e/fixtures/data/operations.geojson: nine in Deir ez-Zor, one in Hama (Jurayjisa),
  // one in Rural Damascus (Dumayr, placed at region level); since 2025, one of the nine (Kasar Fawqani).
  expect(expectedCounts()).toEqual({ 'SY-DY': 9, 'SY-HM': 1, 'SY-RD': 1 });
  expect(expectedCounts('2025-01-01')).toEqual({ 'SY-DY': 1, 'SY-HM': 1, 'SY-RD': 1 });
});

for (const lang of ['ar', 'en'] as const) {
  test.describe(`choropleth (${lang})`, () => {
    test('counts each governorate, colours it by its class, and follows the time range', async ({ page }) => {
      await page.goto(`/?lang=${lang}&layer=choropleth&map=6.2/34.9/38.6`);
      await mapIdle(page);
      const legend = page.getByTestId('choropleth-legend');
      await expect(legend).toBeVisible();
      await expect.poll(() => counts(page)).toEqual(expectedCounts());
      await expect.poll(() => counts(page)).toEqual({ 'SY-DY': 9, 'SY-HM': 1, 'SY-RD': 1 });
      // Names in the UI language, the most operations first, with the share of all shown.
      const first = legend.locator('[data-gov]').first();
      await expect(first).toHaveAttribute('data-gov', 'SY-DY');
      await expect(first).toContainText(META.governorates['SY-DY'][lang]);
      await expect(first).toContainText(lang === 'ar' ? '٨٢٪' : '82%');
      await expect(legend.locator('[data-gov="SY-HM"]')).toContainText(lang === 'ar' ? '٩٫١٪' : '9.1%');
      // Three governorates with two distinct counts: each count is a class of its own.
      const maxes = await legend.locator('[data-max]').evaluateAll((l) => l.map((e) => Number(e.dataset.max)));
      expect(maxes).toEqual([...new Set(Object.values(expectedCounts()))].sort((a, b) => a - b));
      expect(maxes).toEqual([1, 9]);
      await expect(legend.getByTestId('choropleth-precision-note')).toContainText(
        lang === 'ar' ? 'على مستوى المحافظة أو المنطقة' : 'governorate or region level',
      );
      // The map draws Deir ez-Zor in the top class's colour, and Hama in the lowest.
      const top = (await legend.locator('[data-max="9"]').getAttribute('data-color'))!;
      const low = (await legend.locator('[data-max="1"]').getAttribute('data-color'))!;
      expect(top).not.toBe(low);
      expect(await renderedFill(page, DY)).toEqual({ iso: 'SY-DY', color: rgba(top) });
      expect(await renderedFill(page, META.governorates['SY-HM'].label)).toEqual({ iso: 'SY-HM', color: rgba(low) });
      await page.screenshot({ path: `${SCREENSHOTS}/choropleth-${lang}-desktop.png` });

      // A new start date: every governorate now has one operation, drawn in the same (single) class.
      await page.getByTestId('time-from').fill('2025-01-01');
      await page.getByTestId('time-from').press('Enter');
      await expect.poll(() => counts(page)).toEqual(expectedCounts('2025-01-01'));
      await expect(legend.locator('[data-max]')).toHaveCount(1);
      await mapIdle(page);
      const only = (await legend.locator('[data-max="1"]').getAttribute('data-color'))!;
      expect(await renderedFill(page, DY)).toEqual({ iso: 'SY-DY', color: rgba(only) });
    });

    test('in the dark theme the governorate with the most operations is drawn lightest', async ({ page }) => {
      await page.goto(`/?lang=${lang}&layer=choropleth&map=6.2/34.9/38.6`);
      await mapIdle(page);
      const top = page.getByTestId('choropleth-legend').locator('[data-max="9"]');
      const light = (await top.getAttribute('data-color'))!;
      await showTools(page);
      await page.getByTestId('theme-switch').click();
      await expect(top).not.toHaveAttribute('data-color', light);
      const dark = (await top.getAttribute('data-color'))!;
      // Viridis: dark purple for the most on the light basemap, bright yellow on the dark one.
      expect([light, dark]).toEqual(['#440154', '#fde725']);
      await mapIdle(page);
      expect(await renderedFill(page, DY)).toEqual({ iso: 'SY-DY', color: rgba(dark) });
      await page.screenshot({ path: `${SCREENSHOTS}/choropleth-${lang}-desktop-dark.png` });
    });

    test('hovering names the governorate with its count and share; a click filters by it', async ({ page }) => {
      await page.goto(`/?lang=${lang}&layer=choropleth&map=7/35.2/40.3`);
      await mapIdle(page);
      const { x, y } = await pagePoint(page, DY);
      await page.mouse.move(x, y);
      const tip = page.getByTestId('choropleth-tooltip');
      await expect(tip).toBeVisible();
      await expect(tip).toContainText(META.governorates['SY-DY'][lang]);
      await expect(tip).toContainText(lang === 'ar' ? '٩ عمليات' : '9 operations');
      await expect(tip).toContainText(lang === 'ar' ? '٨٢٪ من ١١' : '82% of 11');
      await page.mouse.click(x, y);
      await expect(page).toHaveURL(/gov=SY-DY/);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', String(expectedCounts()['SY-DY']));
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '9');
      await expect.poll(() => counts(page)).toEqual({ 'SY-DY': 9 });
    });

    test('the legend picks a governorate from the keyboard, and a reload keeps the layer', async ({ page }) => {
      await page.goto(`/?lang=${lang}&layer=choropleth`);
      const hama = page.getByTestId('choropleth-legend').locator('[data-gov="SY-HM"] button');
      await hama.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/gov=SY-HM/);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '1');
      await expect(hama).toHaveAttribute('aria-pressed', 'true');
      await page.reload();
      await expect(page).toHaveURL(/layer=choropleth/);
      await expect(page.locator('[data-testid="layer-mode"] input[value="choropleth"]')).toBeChecked();
      await expect.poll(() => counts(page)).toEqual({ 'SY-HM': 1 });
      // Pressing it again lifts the filter.
      await page.getByTestId('choropleth-legend').locator('[data-gov="SY-HM"] button').press('Enter');
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', String(OPS.length));
    });
  });

  test.describe(`choropleth on a phone (${lang})`, () => {
    test.use({ viewport: PHONE });

    test('switching the layer shows the legend; a governorate in it filters the view', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await mapIdle(page);
      await expect(page.getByTestId('choropleth-legend')).toHaveCount(0);
      await page.locator('[data-testid="layer-mode"] input[value="choropleth"]').check();
      await expect(page).toHaveURL(/layer=choropleth/);
      const legend = page.getByTestId('choropleth-legend');
      await legend.locator('summary').click();
      await expect.poll(() => counts(page)).toEqual(expectedCounts());
      const rural = legend.locator('[data-gov="SY-RD"] button');
      await expect(rural).toContainText(META.governorates['SY-RD'][lang]);
      expect((await rural.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await mapIdle(page);
      await page.screenshot({ path: `${SCREENSHOTS}/choropleth-${lang}-phone.png` });
      await rural.click();
      await expect(page).toHaveURL(/gov=SY-RD/);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '1');
    });
  });
}
