import { expect, test, type Page } from '@playwright/test';
import { expectNoExternal, guardExternal, SCREENSHOTS } from './helpers';

/** How many operations the served data publishes (what this build serves, not what data/ holds now). */
const published = async (page: Page): Promise<number> =>
  ((await (await page.request.get('data/meta.json')).json()) as { counts: { operations: number } }).counts.operations;

for (const lang of ['ar', 'en'] as const) {
  test.describe(`smoke (${lang}) on the real data`, () => {
    test('shows every operation in the right direction without leaving localhost', async ({ page }) => {
      const EXPECTED = await published(page);
      const external = await guardExternal(page);
      await page.goto(`/?lang=${lang}`);
      const count = page.getByTestId('op-count');
      await expect(count).toHaveAttribute('data-count', String(EXPECTED));
      await expect(page.getByTestId('op-list').locator('[data-op-id]')).toHaveCount(EXPECTED);
      const dir = await page.getByTestId('app-root').evaluate((el) => getComputedStyle(el).direction);
      expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).not.toHaveAttribute('dir', /.+/);
      await page.screenshot({ path: `${SCREENSHOTS}/smoke-${lang}.png` });
      expectNoExternal(external);
    });
  });
}

test('the count uses Arabic words and digits in Arabic, English in English', async ({ page }) => {
  const n = await published(page);
  await page.goto('/?lang=ar');
  // Arabic counts of 11 and more take the singular noun (١١ عملية … ١٠٠ عملية); 3–10 would take «عمليات».
  await expect(page.getByTestId('op-count')).toHaveText(`${n.toLocaleString('ar-SY')} عملية`);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByTestId('op-count')).toHaveText(`${n} operations`);
  const dir = await page.getByTestId('app-root').evaluate((el) => getComputedStyle(el).direction);
  expect(dir).toBe('ltr');
});
