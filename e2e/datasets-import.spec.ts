/**
 * Opening a large local file: it is read and checked in a worker with a progress bar (role=progressbar with its
 * value) and Cancel, the page staying usable meanwhile. The files are synthetic, generated here.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseGazetteer } from '../scripts/data-build/gazetteer';
import { synthesize } from '../scripts/synth/synth';
import { expect, SCREENSHOTS, showTools, test } from './helpers';

const { places } = parseGazetteer(readFileSync('data/gazetteer/gazetteer-sy.tsv', 'utf8'));

/**
 * A synthetic dataset of `n` operations written to a file once per run (large files go by path, not through
 * the protocol). Large enough that checking it takes seconds, so that its progress can be seen and cancelled.
 */
function synthFile(n: number): string {
  const dir = join(test.info().project.outputDir, 'import-files');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `synth-${n}.geojson`);
  if (!existsSync(path)) {
    // Written aside, then linked in place only if no other test worker got there first. A test in another
    // worker never reads a half-written file, and a file already given to a page is never replaced under it
    // (a rename over it did that: Chromium then refuses to read the chosen file, as it changed on disk).
    const tmp = `${path}.${process.pid}.tmp`;
    const out = openSync(tmp, 'w');
    for (const chunk of synthesize(places, { n, seed: 3 })) writeSync(out, chunk);
    closeSync(out);
    try {
      linkSync(tmp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      unlinkSync(tmp);
    }
  }
  return path;
}

/** Chooses the file as an analyst does: "Open file" (behind "More" on a phone), then the browser's file chooser. */
async function open(page: Page, path: string) {
  await showTools(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-file').click();
  await (await chooser).setFiles(path);
}

const TEXT = {
  en: { reading: 'Reading and checking', rows: /^[\d,]+ rows read$/, cancel: 'Cancel', label: 'Opening a file' },
  ar: { reading: 'قراءة الملف وفحصه', rows: /^قُرئ(ت)? [٠-٩٬]+ (صف|صفاً|صفوف)$/, cancel: 'إلغاء', label: 'فتح ملف' },
};

for (const lang of ['en', 'ar'] as const) {
  for (const size of ['desktop', 'phone'] as const) {
    test(`a large file shows its progress and can be cancelled, the atlas data staying (${lang}, ${size})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      if (size === 'phone') await page.setViewportSize({ width: 390, height: 844 });
      const path = synthFile(80_000);
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
      // The file is read in a worker of its own and checked by checker workers beside it (other workers, such
      // as the data check's, come and go).
      const started = page.waitForEvent('worker', { predicate: (w) => /import\.worker/.test(w.url()) });
      await open(page, path);
      const worker = await started;
      // On a phone the "More" menu the file was chosen from has closed: the progress is not hidden under it (on
      // a desktop the button is hidden and never opened).
      await expect(page.getByTestId('header-more')).not.toHaveAttribute('aria-expanded', 'true');
      const checkers = () => page.workers().filter((w) => /checker\.worker/.test(w.url()));
      await expect.poll(() => checkers().length).toBeGreaterThan(0);
      const panel = page.getByTestId('import-progress');
      await expect(panel).toContainText(TEXT[lang].reading);
      await expect(panel).toContainText('synth-80000.geojson');
      // The strip under the header names the file being opened (its place taken before the file is in).
      await expect(page.getByTestId('dataset-opening')).toContainText('synth-80000.geojson');
      const bar = page.getByRole('progressbar', { name: TEXT[lang].label });
      await expect(bar).toHaveAttribute('aria-valuemax', '100');
      // The bar moves while rows are read, the numbers in the page's language.
      await expect(page.getByTestId('import-rows')).toHaveText(TEXT[lang].rows, { timeout: 30_000 });
      await expect
        .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
      await page.screenshot({ path: `${SCREENSHOTS}/datasets-import-${lang}-${size}.png` });
      await page.getByRole('button', { name: TEXT[lang].cancel }).click();
      await expect(panel).toHaveCount(0);
      // Cancelling ends the workers: nothing goes on reading or checking the file in the background.
      await expect.poll(() => page.workers().includes(worker)).toBe(false);
      await expect.poll(() => checkers()).toEqual([]);
      // Nothing of the cancelled file arrives later (a deliberate pause: the worker would have sent by then).
      await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
      await expect(page.getByTestId('dataset-banner')).toHaveCount(0);
    });
  }
}

test('the page stays usable while a file is checked, and the file opens when done, in both languages', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const path = synthFile(80_000);
  await page.goto('/?lang=en');
  await open(page, path);
  const panel = page.getByTestId('import-progress');
  await expect(panel).toContainText(TEXT.en.reading);
  // Switching the language meanwhile works at once, and the progress panel follows it.
  await page.getByTestId('lang-switch').click();
  await expect(panel).toContainText(TEXT.ar.reading);
  await expect(page.getByRole('progressbar', { name: TEXT.ar.label })).toBeVisible();
  await expect(page.getByTestId('dataset-opening')).toContainText('synth-80000.geojson');
  const mapBox = async () => (await page.getByTestId('map').boundingBox())!;
  const whileOpening = await mapBox();
  await expect(panel).toHaveCount(0, { timeout: 150_000 });
  const banner = page.getByTestId('dataset-banner');
  await expect(banner).toContainText('synth-80000.geojson');
  await expect(page.getByTestId('dataset-opening')).toHaveCount(0);
  // The map keeps its size when the file comes in: no resize (a full redraw) with the new operations.
  expect(await mapBox()).toEqual(whileOpening);
  // Every operation of the file is either explored or listed as refused with its line.
  const refused = await banner.getByTestId('dataset-error').count();
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', String(80_000 - refused));
});
