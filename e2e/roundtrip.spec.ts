/**
 * A CSV the atlas exported re-opens in the atlas as an own dataset ("Open file…"), whichever UI language wrote its
 * headers: every operation valid, several sources per operation kept apart, the atlas's data version carried on.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, SCREENSHOTS, test } from './helpers';

const ATLAS_VERSION = JSON.parse(readFileSync('e2e/fixtures/data/meta.json', 'utf8')).version as string;
/** 2020 in the fixture: four operations, among them al-Busayrah with five quotes from one article. */
const BUSAYRAH = '2020-05-17-busayrah';

async function exportCsv(page: Page) {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  return { name: download.suggestedFilename(), buffer: readFileSync((await download.path())!) };
}

for (const lang of ['en', 'ar'] as const) {
  test(`an exported CSV re-opens as a dataset with nothing refused (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&years=2020`);
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
    const file = await exportCsv(page);

    // The atlas without a filter shows all eleven: the four below can only come from the file.
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
    // Opened under the name it was saved as.
    await page.getByTestId('open-file-input').setInputFiles({ ...file, mimeType: 'text/csv' });
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
    const banner = page.getByTestId('dataset-banner');
    await expect(banner).toContainText(lang === 'en' ? '4 valid operations' : '٤ عملية صالحة');
    await expect(page.getByTestId('dataset-errors')).toHaveCount(0);
    await expect(page.getByTestId('dataset-failure')).toHaveCount(0);
    await expect(page.locator('[data-map-idle="true"]')).toHaveCount(1);
    await page.screenshot({ path: `${SCREENSHOTS}/roundtrip-${lang}-desktop.png` });

    // Five sources joined in one cell come back as five quotes.
    await page.getByTestId('op-list').locator(`[data-op-id="${BUSAYRAH}"] button`).click();
    const details = page.getByTestId('op-details');
    await expect(details).toHaveAttribute('data-op-id', BUSAYRAH);
    await expect(details.locator('blockquote.quote')).toHaveCount(5);

    // Exported again, the rows name the opened file and still the atlas's data version.
    const again = await exportCsv(page);
    const rows = Papa.parse<Record<string, string>>(again.buffer.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const [dataset, version] = lang === 'en' ? ['Dataset', 'Data version'] : ['مجموعة البيانات', 'إصدار البيانات'];
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => [r[dataset], r[version]])).toEqual(Array(4).fill([file.name, ATLAS_VERSION]));
  });
}
