/**
 * Comparing two periods (`vs=FROM..TO`) on the fixture data: B applies every filter but time with its own
 * range; B's count, the chip and control, the map's A/B/both marks, the histogram's two ranges, the grouped
 * chart, the exports' period column, and the URL round trip, in Arabic and English, desktop and phone.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, fixtureOperations, SCREENSHOTS, showTools, test } from './helpers';

interface Op {
  id: string;
  properties: {
    date: string;
    date_end: string | null;
    type: string;
    secondary_types?: string[];
    governorate: string;
  };
}
const OPS = fixtureOperations().features as Op[];
const PHONE = { width: 390, height: 844 };

/** The fixture's operations of a period under a type and governorate filter, by the span-overlap rule. */
const inPeriod = (from: string, to: string, type = 'raid', gov = 'SY-DY') =>
  OPS.filter(
    (o) =>
      o.properties.type === type &&
      o.properties.governorate === gov &&
      (o.properties.date_end ?? o.properties.date) >= from &&
      o.properties.date <= to,
  ).map((o) => o.id);

// A: raids in Deir ez-Zor from 1 January to 16 May 2020; B: the same filters from 10 May 2020 to 2025.
const A = inPeriod('2020-01-01', '2020-05-16');
const B = inPeriod('2020-05-10', '2025-12-31');
const LINK = 'from=2020-01-01&to=2020-05-16&types=raid&gov=SY-DY&vs=2020-05-10..2025-12-31';

async function mapIdle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
}

/** Every operation the comparison layers draw, with its period, sorted by id. */
async function drawnPeriods(page: Page) {
  return page.evaluate(() => {
    type Hit = { properties: { id: string; period: string } };
    const map = (window as unknown as { __atlasMap: { queryRenderedFeatures: (o: object) => Hit[] } }).__atlasMap;
    const seen = new Map<string, string>();
    for (const f of map.queryRenderedFeatures({ layers: ['compare-a', 'compare-b'] }))
      seen.set(f.properties.id, f.properties.period);
    return [...seen].sort(([a], [b]) => a.localeCompare(b));
  });
}

const expectedPeriods = () =>
  [...new Set([...A, ...B])]
    .map((id) => [id, A.includes(id) && B.includes(id) ? 'both' : A.includes(id) ? 'A' : 'B'])
    .sort(([a], [b]) => a.localeCompare(b));

test('the fixture says what these tests assume', () => {
  // Hand-checked: A holds Zirr and Busayrah (16–17 May); B holds Busayrah, Shuhayl (17–18 May) and Kasar
  // Fawqani (2025); Busayrah's span reaches into both periods.
  expect(A).toEqual(['2020-05-07-zirr', '2020-05-17-busayrah']);
  expect(B).toEqual(['2020-05-17-busayrah', '2020-05-18-shuhayl', '2025-10-22-kasar-fawqani']);
});

for (const lang of ['ar', 'en'] as const) {
  test.describe(`compare (${lang})`, () => {
    test('a link compares A with B under the same filters, on the map and the histogram', async ({ page }) => {
      await page.goto(`/?lang=${lang}&${LINK}`);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', String(A.length));
      await expect(page.getByTestId('op-count-b')).toHaveAttribute('data-count', String(B.length));
      await expect(page.getByTestId('op-count-b')).toHaveAttribute('data-count', '3');
      await expect(page.getByTestId('op-count-b')).toContainText(lang === 'ar' ? 'ب: ٣ عمليات' : 'B: 3 operations');
      await expect(page.getByTestId('compare-chip')).toContainText(lang === 'ar' ? '١٠ أيار' : '10 May 2020');
      await expect(page.getByTestId('histogram-b')).toHaveAttribute('data-from', '2020-05-10');
      await expect(page.getByTestId('histogram-a')).toHaveAttribute('data-to', '2020-05-16');
      await expect(page.getByTestId('compare-legend')).toBeVisible();
      await mapIdle(page);
      await expect.poll(() => drawnPeriods(page)).toEqual(expectedPeriods());
      expect(await drawnPeriods(page)).toEqual([
        ['2020-05-07-zirr', 'A'],
        ['2020-05-17-busayrah', 'both'],
        ['2020-05-18-shuhayl', 'B'],
        ['2025-10-22-kasar-fawqani', 'B'],
      ]);
      await page.screenshot({ path: `${SCREENSHOTS}/compare-${lang}-desktop.png` });
      // The link survives a reload.
      await page.reload();
      await expect(page).toHaveURL(/vs=2020-05-10\.\.2025-12-31/);
      await expect(page.getByTestId('op-count-b')).toHaveAttribute('data-count', '3');
    });

    test('the control compares with the previous period, with typed dates, and the chip removes it', async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}&from=2025-01-01&to=2025-12-31`);
      await expect(page.getByTestId('op-count-b')).toHaveCount(0);
      await page.getByTestId('compare-open').click();
      await page.getByTestId('compare-previous').click();
      await expect(page).toHaveURL(/vs=2024-01-01\.\.2024-12-31/);
      await expect(page.getByTestId('op-count-b')).toHaveAttribute('data-count', '0');
      await page.getByTestId('compare-chip').click();
      await expect(page).not.toHaveURL(/vs=/);
      await expect(page.getByTestId('op-count-b')).toHaveCount(0);
      // Typed in the UI language's format (day/month/year in Arabic, month/day/year in English).
      await page.getByTestId('compare-open').click();
      await page.getByTestId('compare-from').fill(lang === 'ar' ? '٠١/٠١/٢٠١٧' : '01/01/2017');
      await page.getByTestId('compare-to').fill('2017-12-31x');
      await page.getByTestId('compare-apply').click();
      await expect(page.getByTestId('compare-error')).toBeVisible();
      await page.getByTestId('compare-to').fill(lang === 'ar' ? '٣١/١٢/٢٠١٧' : '12/31/2017');
      await page.getByTestId('compare-apply').click();
      await expect(page).toHaveURL(/vs=2017-01-01\.\.2017-12-31/);
      const in2017 = OPS.filter((o) => o.properties.date.startsWith('2017')).length;
      await expect(page.getByTestId('op-count-b')).toHaveAttribute('data-count', String(in2017));
      await expect(page.getByTestId('op-count-b')).toHaveAttribute('data-count', '4');
    });

    test('the charts show A and B side by side, and the CSV says which period each row is in', async ({ page }) => {
      await page.goto(`/?lang=${lang}&charts=1&${LINK}`);
      const chart = page.getByTestId('chart-compare');
      await expect(chart.locator('tr[data-type="raid"]')).toHaveAttribute('data-a', String(A.length));
      await expect(chart.locator('tr[data-type="raid"]')).toHaveAttribute('data-b', String(B.length));
      await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(2);
      await showTools(page);
      await page.getByTestId('export-menu').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const text = readFileSync((await download.path())!)
        .toString('utf8')
        .slice(1);
      const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      const header = rows[0];
      const id = header.indexOf(lang === 'ar' ? 'المعرّف' : 'ID');
      const period = header.findIndex((h) => h.startsWith(lang === 'ar' ? 'الفترة المقارنة' : 'Period compared'));
      expect([id, period].every((i) => i >= 0)).toBe(true);
      const got = rows
        .slice(1)
        .map((r) => [r[id], r[period]])
        .sort(([a], [b]) => a.localeCompare(b));
      expect(got).toEqual(expectedPeriods());
    });
  });

  test.describe(`compare on a phone (${lang})`, () => {
    test.use({ viewport: PHONE });

    test('B’s count sits beside the count, and the chip in the timeline', async ({ page }) => {
      await page.goto(`/?lang=${lang}&${LINK}`);
      await expect(page.getByTestId('op-count-b')).toBeVisible();
      await expect(page.getByTestId('op-count-b')).toHaveAttribute('data-count', '3');
      await mapIdle(page);
      await page.screenshot({ path: `${SCREENSHOTS}/compare-${lang}-phone.png` });
      await page.locator('.phone-tabs [data-tab="timeline"]').click();
      await expect(page.getByTestId('compare-chip')).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/compare-${lang}-phone-timeline.png` });
      await page.getByTestId('compare-chip').click();
      await expect(page.getByTestId('op-count-b')).toHaveCount(0);
    });
  });
}
