import { expect, test } from './helpers';

// In the fixture, the 2017 Kubar raid has its stored article (Al-Ghad al-Souri) and three sources cited by URL only
// (AFP via Pakistan Point, The Washington Post via a blog, CNN via Zajel News): four outlets.
const KUBAR = '2017-01-08-kubar';
const TEXT = {
  ar: {
    notStored: 'نص هذا المصدر غير محفوظ هنا؛ افتح الأصل.',
    claim: 'يصف البنتاغون العملية ضد قادة داعش في دير الزور بالناجحة',
    outlet: 'باكستان بوينت نيوز',
    via: 'نقلاً عن وكالة الصحافة الفرنسية',
    corroboration: 'ذكرتها ٤ وسائل إعلامية مستقلة',
    badge: '٤ مصادر',
    filter: 'المؤكَّدة فقط (وسيلتان إعلاميتان أو أكثر)',
  },
  en: {
    notStored: 'The text of this source is not stored here; open the original.',
    claim: 'The Pentagon calls the raid on ISIS leaders in Deir ez-Zor successful',
    outlet: 'Pakistan Point News (APP)',
    via: 'republishing AFP',
    corroboration: 'Reported by 4 independent outlets',
    badge: '4 outlets',
    filter: 'Corroborated only (two or more outlets)',
  },
};

for (const lang of ['ar', 'en'] as const) {
  test.describe(`sources cited by URL only and corroboration (${lang})`, () => {
    test('a URL-only source shows outlet, date, link and our paraphrase, and says its text is not stored', async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}&op=${KUBAR}`);
      const details = page.getByTestId('op-details');
      // The stored article keeps its quotes and text; the cited ones do not pretend to.
      await expect(details.getByTestId('source')).toHaveCount(1);
      const cited = details.getByTestId('source-cited');
      await expect(cited).toHaveCount(3);
      const first = cited.first();
      await expect(first).toContainText(TEXT[lang].outlet);
      await expect(first).toContainText(TEXT[lang].claim);
      await expect(first.getByTestId('source-via')).toHaveText(TEXT[lang].via);
      await expect(first.getByTestId('source-not-stored')).toContainText(TEXT[lang].notStored);
      await expect(first.locator('a')).toHaveAttribute('href', /^https:\/\/www\.pakistanpoint\.com\//);
      await expect(first.locator('blockquote')).toHaveCount(0);
      await expect(details.getByTestId('corroboration')).toHaveAttribute('data-count', '4');
      await expect(details.getByTestId('corroboration')).toHaveText(TEXT[lang].corroboration);
    });

    test('list rows show how many outlets report each operation', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const row = page.getByTestId('op-list').locator(`[data-op-id="${KUBAR}"]`);
      await expect(row.getByTestId('row-corroboration')).toHaveText(TEXT[lang].badge);
      await expect(row.getByTestId('row-corroboration')).toHaveAttribute('data-corroborated', 'true');
    });

    test('"corroborated only" keeps operations with two or more outlets and goes into the URL', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.getByLabel(TEXT[lang].filter).check();
      await expect(page).toHaveURL(/corr=1/);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
      await expect(page.getByTestId('active-filters')).toContainText(TEXT[lang].filter);
      await page.reload();
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
      await expect(page.getByTestId('filter-corroborated')).toBeChecked();
    });

    test('"Cite this operation" copies its title, id and permalink', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/?lang=${lang}&op=${KUBAR}&years=2017`);
      await page.getByTestId('cite-operation').click();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(
        lang === 'ar' ? '«إنزال جوي للتحالف وتحرير رهينتين في الكبر»' : '"Coalition heliborne raid',
      );
      expect(text).toContain(`operation ${KUBAR}`.replace('operation', lang === 'ar' ? 'العملية' : 'operation'));
      expect(text).toMatch(new RegExp(`/\\?v=1&lang=${lang}&op=${KUBAR} `));
    });
  });
}
