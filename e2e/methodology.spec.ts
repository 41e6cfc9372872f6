import { expect, test } from './helpers';

// The frozen fixture: 11 operations, of which 4 are reported by two or more outlets (36 %).
const TEXT = {
  ar: {
    title: 'المنهجية والاستشهاد',
    scope: 'النطاق: ما الذي يُعدّ عملية محمولة جواً',
    total: '١١ عملية.',
    share: '٣٦٪',
    copied: 'نُسخ الاستشهاد',
    cite: 'المساهمون في أطلس العمليات المحمولة جواً',
    accessed: 'تاريخ الاطلاع',
    link: 'المنهجية',
  },
  en: {
    title: 'Methodology and citation',
    scope: 'Scope: what counts as an airborne operation',
    total: '11 operations.',
    share: '36%',
    copied: 'Citation copied',
    cite: 'Airborne Operations Atlas contributors',
    accessed: 'accessed',
    link: 'Methodology',
  },
};

for (const lang of ['ar', 'en'] as const) {
  test.describe(`methodology (${lang})`, () => {
    test('the full text, the figures of the data and the precision codes, in the UI language', async ({ page }) => {
      await page.goto(`/?lang=${lang}&page=methodology`);
      const view = page.getByTestId('methodology');
      await expect(view.getByRole('heading', { level: 1 })).toHaveText(TEXT[lang].title);
      await expect(view.getByRole('heading', { name: TEXT[lang].scope })).toBeVisible();
      await expect(view.locator('section[data-section]')).toHaveCount(9);
      await expect(page.getByTestId('methodology-total')).toHaveAttribute('data-count', '11');
      await expect(page.getByTestId('methodology-total')).toContainText(TEXT[lang].total);
      await expect(page.getByTestId('methodology-corroboration')).toHaveAttribute('data-share', '36');
      await expect(page.getByTestId('methodology-corroboration')).toContainText(TEXT[lang].share);
      // 2017: 4, 2020: 4, 2025: 3 in the fixture; digits in the UI's system.
      const years = page.getByTestId('methodology-by-year').locator('tbody tr');
      await expect(years).toHaveCount(3);
      await expect(years.first().locator('td')).toHaveText(lang === 'ar' ? '٤' : '4');
      await expect(view.locator('.methodology-precisions dt')).toHaveCount(6);
      const dir = await view.evaluate((el) => getComputedStyle(el).direction);
      expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    });

    test('"Cite this dataset" copies a citation with the version, the permalink and the access date', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/?lang=${lang}&page=methodology&years=2020`);
      await page.getByTestId('cite-dataset').click();
      await expect(page.getByTestId('cite-dataset-status')).toHaveText(TEXT[lang].copied);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const meta = await page.evaluate(() => fetch('/data/meta.json').then((r) => r.json()));
      expect(text).toContain(TEXT[lang].cite);
      expect(text).toContain(meta.version);
      expect(text).toContain(TEXT[lang].accessed);
      // The permalink names the dataset in the UI language, without the view's filters or page.
      expect(text).toMatch(new RegExp(`http://127\\.0\\.0\\.1:\\d+/\\?v=1&lang=${lang} `));
    });

    test('the header link opens the methodology and "Back to the map" returns', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.getByTestId('methodology-link').click();
      await expect(page).toHaveURL(/page=methodology/);
      await expect(page.getByTestId('methodology')).toBeVisible();
      await page.getByRole('button', { name: lang === 'ar' ? 'العودة إلى الخريطة' : 'Back to the map' }).click();
      await expect(page.getByTestId('methodology')).toHaveCount(0);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
    });
  });
}

test('the header link is labelled in the UI language', async ({ page }) => {
  await page.goto('/?lang=ar');
  await expect(page.getByTestId('methodology-link')).toHaveText(TEXT.ar.link);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('methodology-link')).toHaveText(TEXT.en.link);
});
