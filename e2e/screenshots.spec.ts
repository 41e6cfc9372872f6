import { expect, SCREENSHOTS, test } from './helpers';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

for (const lang of ['ar', 'en'] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`screenshot ${lang} ${size}: map with details open`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/?lang=${lang}&op=2025-10-18-dumayr`);
      await expect(page.getByTestId('op-details')).toBeVisible();
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      await expect(page.getByTestId('article-text')).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/details-${lang}-${size}.png` });
      // Nothing may stick out sideways: the page never scrolls horizontally.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test(`screenshot ${lang} ${size}: filtered view with charts`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/?lang=${lang}&years=2020&from=2020-01-01&to=2020-12-31`);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
      if (size === 'phone') await page.locator('.phone-tabs [data-tab="charts"]').click();
      else await page.getByTestId('charts-toggle').click();
      await expect(page.getByTestId('charts')).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/explore-${lang}-${size}.png` });
      if (size === 'phone') {
        for (const tab of ['filters', 'list', 'timeline'] as const) {
          await page.locator(`.phone-tabs [data-tab="${tab}"]`).click();
          await page.screenshot({ path: `${SCREENSHOTS}/explore-${lang}-phone-${tab}.png` });
        }
      }
    });
  }
}
