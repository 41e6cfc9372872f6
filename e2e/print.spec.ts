import { expect, test } from './helpers';

for (const lang of ['ar', 'en'] as const)
  test(`printing gives the map with its legend and caption, then the filtered operations with sources (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}&years=2020`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const view = page.getByTestId('print-view');
    await expect(view).toBeVisible();
    await expect(view).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('.app-main')).toBeHidden();
    await expect(view.locator('img.print-map')).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(view.locator('.legend')).toBeVisible();
    await expect(view.locator('.print-caption')).toContainText(lang === 'ar' ? '٢٠٢٠' : '2020');
    await expect(view.locator('.print-list > li')).toHaveCount(4);
    await expect(view.locator('.print-list > li').first()).toContainText(lang === 'ar' ? 'عنب بلدي' : 'Enab Baladi');
    await expect(view.locator('.print-list .print-url').first()).toContainText('https://');
    // A4 pages: the printed document is produced without error.
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(view).toHaveCount(0);
  });
