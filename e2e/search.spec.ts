/**
 * Search (issue 10), in both languages on the frozen fixture: Latin spellings of Arabic place names, Arabic
 * written with or without its spaces, singular / dual / plural, type names typed in the other language, the
 * matched words marked in the rows, and the "zoom to results" action; desktop and phone.
 * Fixture facts used: 9 operations lie in Deir ez-Zor governorate (all but al-Jurayjisa and al-Dumayr); al-Busayrah
 * is the place of two (al-Busayrah, al-Kasar al-Fawqani); Kubar's Arabic title frees «رهينتين» (two hostages);
 * three operations are evacuations by air; the only hostage rescue is Kubar's.
 */
import type { Page } from '@playwright/test';
import { expect, fixtureOperations, SCREENSHOTS, test } from './helpers';

const count = (page: Page) => page.getByTestId('op-count');
const rows = (page: Page) => page.getByTestId('op-list').locator('[data-op-id]');
const row = (page: Page, id: string) => page.locator(`[data-op-id="${id}"]`);
const ids = (page: Page) => rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-op-id')));

type Feature = { id: string; properties: { governorate: string; type: string } };
const features: Feature[] = fixtureOperations().features;
const DEIR = features.filter((f) => f.properties.governorate === 'SY-DY').map((f) => f.id);
const EVACUATIONS = features.filter((f) => f.properties.type === 'evacuation').map((f) => f.id);
const BUSAYRAH = ['2020-05-17-busayrah', '2025-10-22-kasar-fawqani'];

/** Types a query and waits until it is in the URL (the box writes it after a short pause). */
async function search(page: Page, q: string) {
  await page.getByTestId('search').fill(q);
  await page.waitForURL((url) => url.searchParams.get('q') === q);
}

/**
 * Holds back the code that filters a query (domain/filter-extras.ts, loaded on first need) until `release` is
 * called.
 */
async function holdSearchCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/filter-extras-code-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Pairs of a query and the operations it must find (in date order). */
type Cases = [string, string[]][];

for (const lang of ['ar', 'en'] as const) {
  test.describe(`search (${lang})`, () => {
    test('search finds Arabic variants of a name alike', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const search = page.getByTestId('search');
      await search.fill('الشحيل');
      await expect(page).toHaveURL(/q=/);
      const withArticle = await ids(page);
      await search.fill('شحيل');
      await expect(page).toHaveURL(/q=%D8%B4/);
      await expect(rows(page)).toHaveCount(withArticle.length);
      expect(await ids(page)).toEqual(withArticle);
      expect(withArticle).toContain('2020-05-18-shuhayl');
    });

    test('Latin spellings find the Arabic places (transliteration and the gazetteer’s names)', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const cases: Cases = [
        ['Shuhail', ['2020-05-18-shuhayl']],
        ['Busaira', BUSAYRAH],
        ['Circesium', BUSAYRAH],
        ['Deir Ezzor', DEIR],
        ['Dayr al-Zawr', DEIR],
        ['Dayr az-Zawr', DEIR],
      ];
      for (const [q, expected] of cases) {
        await search(page, q);
        await expect(count(page), q).toHaveAttribute('data-count', String(expected.length));
        expect(await ids(page), q).toEqual(expected);
      }
    });

    test('Arabic written without its space finds what it finds with it', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      for (const q of ['ديرالزور', 'دير الزور']) {
        await search(page, q);
        await expect(count(page), q).toHaveAttribute('data-count', String(DEIR.length));
        expect(await ids(page), q).toEqual(DEIR);
      }
    });

    test('singular, dual and plural find the same operations', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      // Kubar's text says «رهينتين» (dual) only; four operations mention helicopters, each in its own form.
      const forms: [string[], string[]][] = [
        [['رهينة', 'رهينتين', 'رهائن'], ['2017-01-08-kubar']],
        [
          ['مروحية', 'مروحيتين', 'مروحيات'],
          ['2017-01-08-kubar', '2017-08-22-buqrus', '2020-05-07-zirr', BUSAYRAH[1]],
        ],
      ];
      for (const [words, expected] of forms)
        for (const q of words) {
          await search(page, q);
          await expect(count(page), q).toHaveAttribute('data-count', String(expected.length));
          expect(await ids(page), q).toEqual(expected);
        }
    });

    test('a type name typed in either language finds that type', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const cases: Cases = [
        ['evacuation', EVACUATIONS],
        ['تحرير رهائن', ['2017-01-08-kubar']],
      ];
      for (const [q, expected] of cases) {
        await search(page, q);
        await expect(count(page), q).toHaveAttribute('data-count', String(expected.length));
        expect(await ids(page), q).toEqual(expected);
      }
    });

    test('rows mark the matched words, or say where they matched', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await search(page, 'Busaira');
      // English: the title says al-Busayrah. Arabic: the title says البصيرة, so the row names the English place.
      const busayrah = row(page, '2020-05-17-busayrah');
      const inTitle = lang === 'en' ? '.op-row-title mark' : '[data-testid="op-match"] mark';
      await expect(busayrah.locator(inTitle)).toHaveText('Busayrah');
      const placeLine = busayrah.getByTestId('op-match').filter({ hasText: 'مطابقة في المكان:' });
      await expect(placeLine).toHaveCount(lang === 'en' ? 0 : 1);
      await expect(busayrah.getByTestId('op-match')).toHaveCount(lang === 'en' ? 0 : 1);
      // Arabic in both UIs: marked in the Arabic title, or named as matched in the (Arabic) title.
      await search(page, 'رهائن');
      const kubar = row(page, '2017-01-08-kubar');
      const where = kubar.locator(lang === 'ar' ? '.op-row-title' : '[data-testid="op-match"]');
      await expect(where.locator('mark')).toHaveText('رهينتين');
      await expect(where).toContainText(lang === 'ar' ? 'رهينتين' : 'Matched in the title');
      await page.screenshot({ path: `${SCREENSHOTS}/search-desktop-${lang}.png` });
    });

    test('"zoom to results" is offered while a search finds something', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const zoom = page.getByTestId('search-zoom');
      await expect(count(page)).toHaveAttribute('data-count', '11');
      await expect(zoom).toHaveCount(0);
      await search(page, 'Busaira');
      await expect(zoom).toHaveText(lang === 'ar' ? 'تكبير إلى النتائج' : 'Zoom to results');
      await search(page, 'qqqq');
      await expect(count(page)).toHaveAttribute('data-count', '0');
      await expect(zoom).toHaveCount(0);
    });

    test('while the search code is still loading, the page keeps its results and the box its text', async ({
      page,
    }) => {
      const release = await holdSearchCode(page);
      await page.goto(`/?lang=${lang}`);
      await expect(count(page)).toHaveAttribute('data-count', '11');
      const box = page.getByTestId('search');
      await box.fill('Busaira');
      // eslint-disable-next-line playwright/no-wait-for-timeout -- that nothing changes needs time to pass (the box's 200 ms pause, and more)
      await page.waitForTimeout(600);
      // Not "loading", not a half-filtered list: everything as before, the words still in the box, no q= yet.
      await expect(count(page)).toHaveAttribute('data-count', '11');
      await expect(rows(page)).toHaveCount(11);
      await expect(box).toHaveValue('Busaira');
      await expect(box).toBeFocused();
      expect(new URL(page.url()).searchParams.get('q')).toBeNull();
      release();
      await page.waitForURL((url) => url.searchParams.get('q') === 'Busaira');
      await expect(count(page)).toHaveAttribute('data-count', String(BUSAYRAH.length));
      expect(await ids(page)).toEqual(BUSAYRAH);
    });

    test('a link with a query waits for the search code as for the data, then shows only what it finds', async ({
      page,
    }) => {
      const release = await holdSearchCode(page);
      await page.goto(`/?lang=${lang}&q=Busaira`);
      await expect(page.getByTestId('map')).toBeVisible();
      // eslint-disable-next-line playwright/no-wait-for-timeout -- that no unfiltered view shows needs time to pass
      await page.waitForTimeout(600);
      // Never the unfiltered operations under a link that asks for a search: no count and no rows yet.
      await expect(page.locator('[data-testid="op-count"][data-count]')).toHaveCount(0);
      await expect(rows(page)).toHaveCount(0);
      release();
      await expect(count(page)).toHaveAttribute('data-count', String(BUSAYRAH.length));
      expect(await ids(page)).toEqual(BUSAYRAH);
    });

    test('a link with a query whose code cannot be fetched says so, with a reload, instead of a view without it', async ({
      page,
    }) => {
      await page.route(/filter-extras-code-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      await page.goto(`/?lang=${lang}&q=Busaira`);
      const alert = page.getByTestId('lazy-error-search');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(
        lang === 'ar' ? 'تعذّر تحميل البحث والتصفية حسب المنطقة' : 'Search and area filtering could not be loaded',
      );
      await expect(alert.getByRole('button')).toHaveText(lang === 'ar' ? 'إعادة التحميل' : 'Reload');
      await expect(page.locator('[data-testid="op-count"][data-count]')).toHaveCount(0);
      await expect(rows(page)).toHaveCount(0);
    });

    test('on a phone, search finds and marks Latin and Arabic spellings', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/?lang=${lang}`);
      await page.getByTestId('phone-tabs').locator('[data-tab="filters"]').click();
      await search(page, 'Shuhail');
      await expect(page.getByTestId('search-zoom')).toBeVisible();
      await page.getByTestId('phone-tabs').locator('[data-tab="list"]').click();
      await expect(rows(page)).toHaveCount(1);
      const mark = row(page, '2020-05-18-shuhayl').locator('mark').first();
      await expect(mark).toBeVisible();
      await expect(mark).toHaveText('Shuhayl');
      await page.screenshot({ path: `${SCREENSHOTS}/search-phone-${lang}.png` });
      await page.getByTestId('phone-tabs').locator('[data-tab="filters"]').click();
      await search(page, 'رهائن');
      await page.getByTestId('phone-tabs').locator('[data-tab="list"]').click();
      await expect(rows(page)).toHaveCount(1);
      await expect(row(page, '2017-01-08-kubar').locator('mark')).toHaveText('رهينتين');
      await expect(row(page, '2017-01-08-kubar').locator('mark')).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/search-phone-ar-query-${lang}.png` });
    });
  });
}
