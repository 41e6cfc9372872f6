import { expect, SCREENSHOTS, test } from './helpers';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

for (const lang of ['ar', 'en'] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const theme of ['light', 'dark'] as const)
      test(`screenshot ${lang} ${size} ${theme}: the views issue 10 changed`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}-${lang}-${size}-${theme}.png` });
        await page.goto(`/?lang=${lang}&op=2020-05-18-shuhayl&from=2020-05-01&charts=1`);
        await expect(page.getByTestId('op-details')).toBeVisible();
        await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
        await shot('issue10-details');
        if (size === 'phone') await page.locator('.phone-tabs [data-tab="timeline"]').click();
        await page.getByTestId('time-to').fill('31/31/2020');
        await page.getByTestId('time-to').press('Enter');
        await shot('issue10-timeline');
        await page.goto(`/?lang=${lang}&map=11/35.15618/40.42716`);
        await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
        await page.locator('.maplibregl-canvas').focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('op-chooser')).toBeVisible();
        await shot('issue10-chooser');
        await page.keyboard.press('Escape');
        if (size === 'phone') {
          await page.getByTestId('header-more').click();
          await shot('issue10-more');
          await page.keyboard.press('Escape');
        } else {
          await page.getByTestId('export-menu').click();
          await shot('issue10-export');
          await page.keyboard.press('Escape');
        }
        await page.goto(`/?lang=${lang}&years=2020&q=Deir&foo=bar`);
        if (size === 'phone') await page.locator('.phone-tabs [data-tab="list"]').click();
        await shot('issue10-search');
      });

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
