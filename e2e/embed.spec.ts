import { expect, test } from './helpers';

for (const lang of ['ar', 'en'] as const) {
  test(`the embed view shows map, count, timeline, legend and attribution, and links to the full atlas (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 720, height: 520 });
    await page.goto(`/?lang=${lang}&years=2020&embed=1`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
    await expect(page.getByTestId('timeline')).toBeVisible();
    await expect(page.getByTestId('legend')).toBeAttached();
    await expect(page.locator('.credits')).toBeVisible();
    await expect(page.getByTestId('filters')).toHaveCount(0);
    await expect(page.getByTestId('copy-link')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const full = page.getByTestId('embed-open-full');
    await expect(full).toHaveText(lang === 'ar' ? 'فتح الأطلس كاملاً ↗' : 'Open the full atlas ↗');
    const href = new URL((await full.getAttribute('href'))!);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('years')).toBe('2020');
    await page.screenshot({ path: `e2e/screenshots/embed-${lang}.png` });
  });

  test(`"Embed" gives the iframe snippet of the current view at a chosen size (${lang})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?lang=${lang}&years=2017`);
    await page.getByTestId('embed-button').click();
    await page.getByRole('radio', { name: lang === 'ar' ? /كبير/ : /Large/ }).check();
    const snippet = page.getByTestId('embed-snippet');
    await expect(snippet).toHaveValue(/^<iframe src="[^"]*embed=1[^"]*" width="960" height="640"/);
    await expect(snippet).toHaveValue(/years=2017/);
    await page.getByTestId('embed-copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    // The snippet opens the embed view.
    const src = /src="([^"]+)"/.exec(await snippet.inputValue())![1].replace(/&amp;/g, '&');
    await page.goto(src);
    await expect(page.getByTestId('embed-open-full')).toBeVisible();
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
  });
}
