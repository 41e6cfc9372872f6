import { expect, test } from './helpers';

for (const lang of ['ar', 'en'] as const) {
  test(`a link with parts the atlas cannot use says which, and opens the rest (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&years=2020,abc&map=abc&foo=bar&op=no-such-operation`);
    const notice = page.getByTestId('link-notice');
    await expect(notice).toContainText(lang === 'ar' ? 'تم تجاهلها' : 'they were ignored');
    await expect(notice.locator('code')).toHaveText(['years=abc', 'map=abc', 'foo=bar', 'no-such-operation']);
    await expect(notice).toContainText(lang === 'ar' ? 'غير موجودة في البيانات' : 'not in the data');
    // The rest of the view opened, and what was ignored is gone from the address (and from later links).
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
    await expect(page).toHaveURL(/years=2020/);
    await expect(page).not.toHaveURL(/abc|foo|map=|op=/);
    await notice.getByRole('button').click();
    await expect(notice).toHaveCount(0);
  });
}

test('a clean link shows no notice', async ({ page }) => {
  await page.goto('/?v=1&lang=en&years=2020&op=2020-05-07-zirr');
  await expect(page.getByTestId('op-details')).toBeVisible();
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
});
