import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, routeFixtureData, test } from './helpers';
import { readFileSync } from 'node:fs';

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

    test('typed dates and the brush set the time range', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.getByTestId('date-from').fill('2020-01-01');
      await page.getByTestId('date-to').fill('2020-12-31');
      await expect(page).toHaveURL(/from=2020-01-01&to=2020-12-31/);
      await expect(count(page)).toHaveAttribute('data-count', '4');

      // Keyboard: one step (30 days on a year-binned timeline) earlier; earlier is towards the reading start.
      const end = page.getByTestId('brush-to');
      await end.focus();
      await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
      await expect(page).toHaveURL(/to=2020-12-01/);
      await page.keyboard.press(lang === 'ar' ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
      await expect(page).toHaveURL(/to=2020-01-01/);

      // Pointer: drag across the 2017 bin selects 2017 only.
      await page.getByTestId('timeline-reset').click();
      const svg = page.getByTestId('histogram');
      const box = (await svg.boundingBox())!;
      const frac = (d: number) => (lang === 'ar' ? 1 - d : d);
      const y = box.y + 30;
      await page.mouse.move(box.x + box.width * frac(0.01), y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * frac(0.1), y, { steps: 5 });
      await page.mouse.up();
      await expect(page).toHaveURL(/from=2017-/);
      await expect(count(page)).toHaveAttribute('data-count', '4');
    });

    test('search finds Arabic variants of a name alike', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const search = page.getByTestId('search');
      await search.fill('الشحيل');
      await expect(page).toHaveURL(/q=/);
      const withArticle = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-op-id')));
      await search.fill('شحيل');
      await expect(page).toHaveURL(/q=%D8%B4/);
      await expect(rows(page)).toHaveCount(withArticle.length);
      expect(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-op-id')))).toEqual(withArticle);
      expect(withArticle).toContain('2020-05-18-shuhayl');
    });

    test('clicking a chart bar toggles the matching filter', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.getByTestId('charts-toggle').click();
      await page.getByTestId('chart-type').locator('[data-type="supply-drop"]').click();
      await expect(page).toHaveURL(/types=supply-drop/);
      await expect(count(page)).toHaveAttribute('data-count', '1');
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

test('playback advances the range step by step and stops at the end', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByTestId('speed').selectOption('4');
  // Record every end date the URL goes through until playback stops by itself.
  const seen = page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const ends: string[] = [];
        const timer = window.setInterval(() => {
          const to = new URLSearchParams(location.search).get('to');
          if (to && ends[ends.length - 1] !== to) ends.push(to);
          if (ends.length && document.querySelector('[data-testid="play"]')?.getAttribute('aria-pressed') === 'false') {
            window.clearInterval(timer);
            resolve(ends);
          }
        }, 20);
      }),
  );
  await page.getByTestId('play').click();
  const ends = await seen;
  expect(ends[0]).toBe('2017-12-31');
  expect(ends).toContain('2020-12-31');
  expect(ends[ends.length - 1]).toBe('2025-12-31');
  expect([...ends].sort()).toEqual(ends);
  await expect(count(page)).toHaveAttribute('data-count', '11');
});

test('a copied permalink restores the same view in a fresh page', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=ar&years=2020&actors=sdf&op=2020-05-07-zirr&layer=clusters');
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
  await page.locator('.maplibregl-ctrl-zoom-in').click();
  await expect(page).toHaveURL(/map=/);
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

test('exports contain exactly the filtered operations', async ({ page }) => {
  await page.goto('/?lang=ar&years=2020&actors=sdf');
  await expect(count(page)).toHaveAttribute('data-count', '3');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^airborne-operations_\d{4}-\d{2}-\d{2}_years-2020_actors-sdf\.csv$/);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split(/\r?\n/);
  expect(lines[0].split(',')).toContain('quote_ar');
  expect(lines).toHaveLength(4);
  expect(csv).toContain('الشحيل');

  const [geoDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
  const geo = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8'));
  expect(geo.features.map((f: { id: string }) => f.id).sort()).toEqual([
    '2020-05-07-zirr',
    '2020-05-17-busayrah',
    '2020-05-18-shuhayl',
  ]);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(10_000);
});
