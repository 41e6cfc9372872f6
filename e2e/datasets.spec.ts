import { expect, fixtureOperations, test } from './helpers';

test('data= loads another same-origin dataset, lists invalid rows by line and explores the rest', async ({ page }) => {
  const real = fixtureOperations();
  const broken = structuredClone(real.features[1]);
  broken.properties.date = '2020-02-30';
  const body = `{"type":"FeatureCollection","features":[\n${JSON.stringify(real.features[0])},\n${JSON.stringify(broken)},\n${JSON.stringify(real.features[2])}\n]}`;
  await page.route(
    (url) => url.pathname === '/fixtures/mine.geojson',
    (r) => r.fulfill({ body, contentType: 'application/geo+json' }),
  );
  await page.goto('/?lang=en&data=/fixtures/mine.geojson');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '2');
  const banner = page.getByTestId('dataset-banner');
  await expect(banner).toContainText('mine.geojson');
  await banner.getByTestId('dataset-errors').locator('summary').click();
  await expect(banner.getByTestId('dataset-errors')).toContainText(
    'line 3 (row 2): properties.date: not a real calendar date',
  );
  await banner.getByTestId('dataset-reset').click();
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
  await expect(page).not.toHaveURL(/data=/);
});

test('a data= link that fails offers the atlas data instead of a dead end', async ({ page }) => {
  await page.goto('/?lang=en&data=/missing/none.geojson');
  await expect(page.getByTestId('data-error')).toContainText('/missing/none.geojson');
  await page.getByTestId('use-atlas-data').click();
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
});

test('a local CSV file is mapped, validated and explored without leaving the browser', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET') external.push(`${r.method()} ${r.url()}`);
  });
  await page.goto('/?lang=ar');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
  const csv = [
    'lon,lat,date,title_en,title_ar,type,actors',
    '40.45232,35.0865,2020-05-18,Raid,إنزال,raid,coalition;sdf',
    'x,35,2020-01-01,Bad,,,',
    '40.14,35.33,2021-03-04,Airdrop,إنزال إمدادات,supply-drop,coalition',
  ].join('\n');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('dataset-banner')).toContainText('events.csv');
  await expect(page.getByTestId('dataset-errors')).toContainText('line 3 (row 2): lon/lat');
  expect(external).toEqual([]);
});

test('an unusable file is refused with a message naming it, and the atlas data stays', async ({ page }) => {
  await page.goto('/?lang=en');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'empty.geojson', mimeType: 'application/json', buffer: Buffer.from('   ') });
  await expect(page.getByTestId('dataset-banner')).toContainText('empty.geojson: the file is empty');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
});
