import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const mapBackground = (page: Page) =>
  page.evaluate(() =>
    String(
      (
        window as unknown as { __atlasMap: { getPaintProperty: (l: string, p: string) => unknown } }
      ).__atlasMap.getPaintProperty('background', 'background-color'),
    ),
  );
const mapIdle = (page: Page) =>
  expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

for (const lang of ['ar', 'en'] as const) {
  test.describe(`theme (${lang})`, () => {
    test('follows the system, and a choice is remembered on the device but not put in the link', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/?lang=${lang}`);
      await mapIdle(page);
      expect(luminance(await background(page))).toBeLessThan(0.2);
      const darkMap = await mapBackground(page);
      const toggle = page.getByTestId('theme-switch');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(luminance(await background(page))).toBeGreaterThan(0.8);
      await expect.poll(() => mapBackground(page)).not.toBe(darkMap);
      expect(page.url()).not.toMatch(/theme/);
      await page.reload();
      await mapIdle(page);
      await expect(page.getByTestId('theme-switch')).toHaveAttribute('aria-pressed', 'false');
      expect(luminance(await background(page))).toBeGreaterThan(0.8);
    });

    for (const theme of ['light', 'dark'] as const)
      test(`no serious accessibility violations, contrast included, in the ${theme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`/?lang=${lang}&op=2020-05-18-shuhayl&years=2020`);
        await mapIdle(page);
        const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
  });
}
