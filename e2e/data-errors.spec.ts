import { expect, test } from './helpers';

test('a corrupt data file shows a bilingual error naming the file, and retry recovers', async ({ page }) => {
  let broken = true;
  await page.route('**/data/operations.geojson*', async (route) => {
    if (broken)
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}',
      });
    return route.fallback();
  });
  await page.goto('/?lang=en');
  const alert = page.getByTestId('data-error');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('could not be loaded');
  await expect(alert.locator('code')).toContainText('operations.geojson');
  await expect(alert.locator('code')).toContainText('features.0');

  broken = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
});

test('a missing meta file is reported in Arabic', async ({ page }) => {
  await page.route('**/data/meta.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/?lang=ar');
  const alert = page.getByTestId('data-error');
  await expect(alert).toContainText('تعذّر تحميل بيانات العمليات');
  await expect(alert.locator('code')).toContainText('meta.json: HTTP 404');
  await expect(alert.getByRole('button', { name: 'إعادة المحاولة' })).toBeVisible();
});
