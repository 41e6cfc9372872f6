/**
 * Offline after one visit, on the real published data (the service worker precaches what the build wrote; page
 * routes do not reach its requests), with the service worker allowed.
 */
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

for (const lang of ['ar', 'en'] as const)
  test(`after one visit, the atlas opens, shows evidence, charts and exports with no network (${lang})`, async ({
    page,
    context,
  }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    // The service worker has taken control and finished precaching.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return reg.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('offline-indicator')).toBeVisible();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    const count = Number(await page.getByTestId('op-count').getAttribute('data-count'));
    expect(count).toBeGreaterThan(10);
    // Evidence, with the article text.
    await page.getByTestId('op-list').locator('[data-op-id="2017-01-08-kubar"] button').click();
    await expect(page.getByTestId('article-text').locator('mark').first()).toBeVisible();
    // Charts (a lazy chunk).
    await page.getByTestId('charts-toggle').click();
    await expect(page.getByTestId('charts')).toBeVisible();
    // Exports (a lazy chunk).
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await context.setOffline(false);
  });
