/**
 * page=propose: an analyst pastes a seed article and gets the extractor's proposals in the browser (worker,
 * offline), each with its evidence highlighted in the text, and downloads YAML records that the data build accepts
 * once moved to data/operations/. Bad input is named, never run. Both languages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { build } from '../scripts/data-build/build';
import { readInputs } from '../scripts/data-build/read-inputs';
import { operationRecord } from '../src/domain/operation-schema';
import { expect, guardExternal, expectNoExternal, SCREENSHOTS, test } from './helpers';

const KUBAR = readFileSync('data/articles/000_d604395c38f6c4dd.txt', 'utf8');
const KUBAR_URL = 'https://www.alghadalsoury.com/2017/01/10/kubar-operation/';

/** The data build, run on a copy of data/ with the downloaded record added to operations/. */
function buildWith(name: string, yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'propose-'));
  try {
    cpSync('data', root, { recursive: true });
    writeFileSync(join(root, 'operations', name), yaml);
    return build(readInputs(root, new Date().toISOString().slice(0, 10)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

for (const lang of ['ar', 'en'] as const) {
  test.describe(`propose (${lang})`, () => {
    test('proposes the seed article’s raid with highlighted evidence, and its YAML passes the data build', async ({
      page,
    }) => {
      const external = await guardExternal(page);
      await page.goto(`/?lang=${lang}&page=propose`);
      await page.getByTestId('propose-text').fill(KUBAR);
      await page.getByTestId('propose-published').fill('2017-01-10');
      await page.getByTestId('propose-url').fill(KUBAR_URL);
      await page.getByTestId('propose-outlet').fill('Al-Ghad al-Souri');
      await page.getByTestId('propose-run').click();
      const proposal = page.getByTestId('proposal').first();
      await expect(proposal).toHaveAttribute('data-place-id', 'wof:1343979457');
      await expect(proposal).toHaveAttribute('data-governorate', 'SY-DY');
      await expect(proposal).toHaveAttribute('data-type', 'raid');
      await expect(proposal).toHaveAttribute('data-date', '2017-01-10');
      const evidence = page.getByTestId('propose-evidence');
      await expect(evidence.locator('mark[data-field="place"]').first()).toContainText('الكبر');
      await expect(evidence.locator('mark[data-field="type"]').first()).toBeVisible();
      await expect(page.getByTestId('draft-map')).toHaveAttribute('data-map-idle', 'true');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('proposal-download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^2017-01-10-.+\.yaml$/);
      const yaml = readFileSync((await download.path())!, 'utf8');
      const record = operationRecord.parse(parseYaml(yaml));
      expect(record.sources[0]).toMatchObject({ url: KUBAR_URL, published: '2017-01-10' });
      // No sentence of the article in a record whose text is not stored: the claims are our own words.
      const claims = (record.sources[0] as { claims_ar: string }).claims_ar;
      expect(KUBAR).not.toContain(claims);
      const built = buildWith(download.suggestedFilename(), yaml);
      expect(built.ok ? [] : built.errors).toEqual([]);
      expectNoExternal(external);
    });

    test('names bad input instead of running it', async ({ page }) => {
      // Typing 110,000 characters into a controlled textarea takes seconds on a busy 2-core machine.
      test.slow();
      await page.goto(`/?lang=${lang}&page=propose`);
      await page.getByTestId('propose-run').click();
      await expect(page.getByTestId('propose-problem')).toHaveAttribute('data-code', 'empty');
      await page
        .getByTestId('propose-text')
        .fill('A coalition raid was reported in eastern Syria yesterday.'.repeat(5));
      await page.getByTestId('propose-run').click();
      await expect(page.getByTestId('propose-problem')).toHaveAttribute('data-code', 'not-arabic');
      await page.getByTestId('propose-text').fill('إنزال جوي '.repeat(11_000));
      await page.getByTestId('propose-run').click();
      await expect(page.getByTestId('propose-problem')).toHaveAttribute('data-code', 'too-long');
      await expect(page.getByTestId('proposal')).toHaveCount(0);
    });

    test('looks right (screenshots)', async ({ page }) => {
      for (const [name, size] of [
        ['desktop', { width: 1280, height: 800 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(size);
        await page.goto(`/?lang=${lang}&page=propose`);
        await page.getByTestId('propose-text').fill(KUBAR);
        await page.getByTestId('propose-published').fill('2017-01-10');
        await page.getByTestId('propose-run').click();
        await page.getByTestId('proposal-evidence').first().click();
        await expect(page.getByTestId('draft-map')).toHaveAttribute('data-map-idle', 'true');
        await page.screenshot({ path: `${SCREENSHOTS}/propose-${lang}-${name}.png`, fullPage: true });
      }
    });
  });
}
