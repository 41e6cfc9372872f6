/**
 * Screenshots of the atlas with the real (fuller) data, to look at: map (points and clusters), timeline, charts,
 * details with sources cited by URL only, "corroborated only", and the methodology, on desktop and phone, in both
 * languages. Not fixture-based on purpose (like smoke.spec.ts); it asserts only that each view is there.
 */
import { expect, test } from '@playwright/test';
import { SCREENSHOTS } from './helpers';

const MAP_VIEWS = [
  { name: 'map', query: '' },
  { name: 'clusters', query: '&layer=clusters' },
  { name: 'charts', query: '&charts=1' },
  { name: 'details', query: '&op=2023-04-17-suwaydah' },
  { name: 'corroborated', query: '&corr=1' },
];
const DEVICES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const device of DEVICES)
  for (const lang of ['ar', 'en'] as const)
    test(`coverage screenshots (${device.name}, ${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(device.viewport);
      for (const v of MAP_VIEWS) {
        await page.goto(`/?lang=${lang}${v.query}`);
        await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', /\d+/);
        await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 20_000 });
        await page.screenshot({ path: `${SCREENSHOTS}/coverage-${device.name}-${lang}-${v.name}.png` });
      }
      await page.goto(`/?lang=${lang}&page=methodology`);
      await expect(page.getByTestId('methodology-total')).toHaveAttribute('data-count', /\d+/);
      await page.screenshot({ path: `${SCREENSHOTS}/coverage-${device.name}-${lang}-methodology.png` });
    });
