import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const WESTERN = /[0-9]/;
const ARABIC_INDIC = /[\u0660-\u0669]/;

/** The details panel's own text (facts, other reports), without the sources' quotes and article texts. */
async function ownText(page: Page): Promise<string> {
  return page
    .getByTestId('op-details')
    .evaluate((el) =>
      [...el.querySelectorAll('.facts, .other-reports, .summary, h2')].map((e) => e.textContent ?? '').join('\n'),
    );
}

test.describe('evidence reads in the UI language', () => {
  test('Arabic: one digit system, attributions in Arabic, each snippet isolated', async ({ page }) => {
    await page.goto('/?lang=ar&op=2020-05-18-shuhayl');
    const details = page.getByTestId('op-details');
    await expect(details).toBeVisible();
    const text = await ownText(page);
    expect(text, 'Western digits in the Arabic details').not.toMatch(WESTERN);
    expect(text).toMatch(ARABIC_INDIC);
    const alternatives = page.getByTestId('date-alternatives').locator('li');
    await expect(alternatives).toHaveCount(2);
    await expect(alternatives.nth(1)).toContainText('المتحدث باسم التحالف العقيد مايلز كاغينز');
    await expect(alternatives.nth(1)).not.toContainText('Coalition spokesman');
    // The claim states its date, so the date is not repeated in front of it ("X, X").
    await expect(alternatives.nth(1)).toContainText('١٨ أيار ٢٠٢٠: أرّخ');
    await expect(alternatives.nth(1).locator('.alt-date')).toHaveCount(0);
    // Claim and attribution are each isolated, so brackets and order survive mixed directions.
    await expect(alternatives.nth(1).locator('bdi')).toHaveCount(2);
    await expect(details.locator('.other-reports li').first()).toContainText('جسر برس');
    // Quotes stay exactly as published, digits included.
    await expect(details.locator('blockquote').first()).toHaveAttribute('lang', 'ar');
  });

  test('English: Western digits and English attributions', async ({ page }) => {
    await page.goto('/?lang=en&op=2020-05-18-shuhayl');
    await expect(page.getByTestId('op-details')).toBeVisible();
    const text = await ownText(page);
    expect(text).not.toMatch(ARABIC_INDIC);
    await expect(page.getByTestId('date-alternatives').locator('li').nth(1)).toContainText(
      'Coalition spokesman Col. Myles Caggins',
    );
  });
});

for (const lang of ['ar', 'en'] as const) {
  test(`governorate names are spelled the same in filters, chips, details and map labels (${lang})`, async ({
    page,
  }) => {
    const name = lang === 'ar' ? 'دير الزور' : 'Deir ez-Zor';
    await page.goto(`/?lang=${lang}&gov=SY-DY&op=2017-01-08-kubar`);
    await expect(page.getByTestId('active-filters')).toContainText(name);
    await expect(page.getByTestId('op-details').locator('.facts')).toContainText(name);
    // The map's governorate labels, as the map loads them.
    const label = await page.evaluate(async () => {
      const labels = (await (await fetch('data/basemap/governorate-labels.geojson')).json()) as {
        features: { properties: Record<string, string> }[];
      };
      return labels.features.find((f) => f.properties.iso === 'SY-DY')?.properties;
    });
    expect(label?.[`name_${lang}`]).toBe(name);
    await expect(page.locator('body')).not.toContainText(lang === 'ar' ? 'ديرالزور' : 'Deir-ez-Zor');
  });

  test(`a one-day time range reads as one date, not "X – X" (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&from=2020-05-17&to=2020-05-17`);
    const chip = page.getByTestId('active-filters').locator('.chip').first();
    await expect(chip).toContainText(lang === 'ar' ? '١٧ أيار ٢٠٢٠' : '17 May 2020');
    await expect(chip).not.toContainText('–');
  });
}
