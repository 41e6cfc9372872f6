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

/** Two files a `data=` link may name that cannot be used at all: Latin-1 bytes, and JSON that is no collection. */
const REFUSED = [
  {
    path: '/fixtures/latin1.csv',
    body: Buffer.concat([Buffer.from('lon,lat,date,title_en\n40.45232,35.0865,2020-05-18,Caf'), Buffer.from([0xe9])]),
    code: 'invalidUtf8',
    en: 'This dataset could not be used: /fixtures/latin1.csv: not UTF-8 text (first invalid byte on line 2). Save it as UTF-8 and open it again',
    ar: 'تعذّر استخدام مجموعة البيانات هذه: /fixtures/latin1.csv: ليس نصاً بترميز UTF-8 (أول بايت غير صالح في السطر ٢). احفظه بترميز UTF-8 وافتحه من جديد',
  },
  {
    path: '/fixtures/one.geojson',
    body: Buffer.from('{"type": "Feature", "features": []}'),
    code: 'notCollection',
    en: 'This dataset could not be used: /fixtures/one.geojson: expected a GeoJSON FeatureCollection with a “features” array',
    ar: 'تعذّر استخدام مجموعة البيانات هذه: /fixtures/one.geojson: المتوقَّع مجموعة معالم GeoJSON ‏(FeatureCollection) فيها مصفوفة «features»',
  },
];

for (const lang of ['en', 'ar'] as const) {
  test(`a refused data= file says why in the UI language, with its digits (${lang})`, async ({ page }) => {
    for (const file of REFUSED)
      await page.route(
        (url) => url.pathname === file.path,
        (r) => r.fulfill({ body: file.body, contentType: 'text/plain' }),
      );
    for (const file of REFUSED) {
      await page.goto(`/?lang=${lang}&data=${file.path}`);
      const alert = page.getByTestId('data-error');
      const reason = alert.getByTestId('data-error-reason');
      await expect(reason).toHaveAttribute('data-code', file.code);
      await expect(reason).toHaveText(file[lang]);
      // Nothing in the other language, not even in a technical detail.
      await expect(alert).not.toContainText(lang === 'ar' ? /not UTF-8|expected a|could not/ : /[\u0600-\u06FF]/);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/data-refused-${lang}-desktop.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('data-error-reason')).toBeInViewport();
    await page.screenshot({ path: `${SCREENSHOTS}/data-refused-${lang}-phone.png` });
    await page.getByTestId('use-atlas-data').click();
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
  });
}
