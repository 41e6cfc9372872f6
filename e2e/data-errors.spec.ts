import { expect, SCREENSHOTS, test } from './helpers';

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

test('a part of the page whose code cannot be fetched says which, in both languages, and the rest keeps working', async ({
  page,
}) => {
  await page.route(/\/assets\/(operation-details|map-view)-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/?lang=en');
  await expect(page.getByTestId('lazy-error-map')).toContainText('The map could not be loaded');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
  await page.getByTestId('op-list').locator('[data-op-id="2017-01-08-kubar"] button').click();
  await expect(page).toHaveURL(/op=2017-01-08-kubar/);
  const details = page.getByTestId('lazy-error-details');
  await expect(details).toContainText('The operation details could not be loaded');
  await expect(details.locator('code')).toContainText('operation-details');
  // The list and filters still work, and the view is still in the address for the reload.
  await page.screenshot({ path: `${SCREENSHOTS}/lazy-error-en-desktop.png` });
  await page.getByTestId('search').fill('zzzz-nothing');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '0');

  await page.goto('/?lang=ar&op=2017-01-08-kubar');
  const alert = page.getByTestId('lazy-error-details');
  await expect(alert).toContainText('تعذّر تحميل تفاصيل العملية');
  await expect(alert.getByRole('button', { name: 'إعادة التحميل' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/lazy-error-ar-desktop.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/lazy-error-ar-phone.png` });
  await expect(alert).toBeInViewport();
});
