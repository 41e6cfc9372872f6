import { expect, test } from '@playwright/test';
import { SCREENSHOTS } from './helpers';

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
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
