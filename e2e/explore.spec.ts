import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, routeFixtureData, settledBox, test } from './helpers';

const count = (page: Page) => page.getByTestId('op-count');
const rows = (page: Page) => page.getByTestId('op-list').locator('[data-op-id]');

for (const lang of ['ar', 'en'] as const) {
  test.describe(`exploration (${lang})`, () => {
    test('year and actor filters from the URL intersect', async ({ page }) => {
      await page.goto(`/?lang=${lang}&years=2020&actors=sdf`);
      await expect(count(page)).toHaveAttribute('data-count', '3');
      await expect(rows(page)).toHaveCount(3);
      await expect(page.getByTestId('active-filters').locator('.chip')).toHaveCount(2);
    });

    test('a filter checkbox shows live counts and updates the URL', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const group = page.locator('.filter-group').first();
      await group.locator('summary').click();
      const sdf = group
        .locator('label', { has: page.locator('input') })
        .filter({ hasText: lang === 'ar' ? 'قسد' : 'SDF' });
      await expect(sdf.locator('.option-count')).toHaveText(lang === 'ar' ? '٣' : '3');
      await sdf.locator('input').check();
      await expect(page).toHaveURL(/actors=sdf/);
      await expect(count(page)).toHaveAttribute('data-count', '3');
      await page.getByTestId('clear-filters').click();
      await expect(count(page)).toHaveAttribute('data-count', '11');
    });

    test('a dragged brush sets the time range', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      // Pointer: drag across the 2017 bin selects 2017 only.
      await expect(count(page)).toHaveAttribute('data-count', '11');
      const box = await settledBox(page.getByTestId('histogram'));
      const frac = (d: number) => (lang === 'ar' ? 1 - d : d);
      const y = box.y + 30;
      // From late 2017 back to the start of the data.
      await page.mouse.move(box.x + box.width * frac(0.1), y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * frac(0), y, { steps: 5 });
      await page.mouse.up();
      // The start of the data is no filter: only the end goes into the URL.
      await expect(page).toHaveURL(/to=2017-1\d-\d\d/);
      expect(new URL(page.url()).searchParams.get('from')).toBeNull();
      await expect(count(page)).toHaveAttribute('data-count', '4');
    });

    test('no serious or critical accessibility violations', async ({ page }) => {
      await page.goto(`/?lang=${lang}&op=2017-01-08-kubar`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}

test('a copied permalink restores the same view in a fresh page', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=ar&years=2020&actors=sdf&op=2020-05-07-zirr&layer=clusters');
  const map = page.getByTestId('map');
  // A person shares the view once the map has stopped moving (the flight to the selection, then the zoom).
  await expect(map).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
  await page.locator('.maplibregl-ctrl-zoom-in').click();
  await expect(page).toHaveURL(/map=/);
  await expect(map).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-status')).toHaveText('تم نسخ الرابط');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const fresh = await (await browser.newContext()).newPage();
  await routeFixtureData(fresh);
  await fresh.goto(link);
  await expect(fresh.getByTestId('op-count')).toHaveAttribute('data-count', '3');
  await expect(fresh.getByTestId('op-details')).toHaveAttribute('data-op-id', '2020-05-07-zirr');
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(fresh.locator('input[name="layer-mode"][value="clusters"]')).toBeChecked();
  const camera = new URL(link).searchParams.get('map')!;
  await expect(fresh.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
  expect(new URL(fresh.url()).searchParams.get('map')).toBe(camera);
});

test('Back and Forward restore the selection and filters', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByTestId('op-list').locator('[data-op-id="2017-01-08-kubar"] button').click();
  await expect(page.getByTestId('op-details')).toBeVisible();
  await page.locator('.year-chip[data-year="2020"]').click();
  await expect(count(page)).toHaveAttribute('data-count', '4');
  await page.goBack();
  await expect(count(page)).toHaveAttribute('data-count', '11');
  await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', '2017-01-08-kubar');
  await page.goBack();
  await expect(page.getByTestId('op-details')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', '2017-01-08-kubar');
});
