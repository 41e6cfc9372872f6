/**
 * Charts that count right (issue 10), in both languages on the frozen fixture: stacks add up to operations,
 * the type chart counts as the type filter does, tooltips speak the UI language, clicking keeps the other bars
 * (dimmed), the open state is in the permalink, and category labels never overlap (desktop and phone).
 * Fixture facts used: 2020 has 4 operations, 3 of them by the coalition with the SDF; one raid (2017, Kubar)
 * also freed hostages; the killed totals are 8+, 1–2, 2+, 1 and 1 → "at least 13".
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './helpers';

const count = (page: Page) => page.getByTestId('op-count');
const chart = (page: Page, id: string) => page.getByTestId(id);
/** The clickable bar of a category (a transparent target over the drawn bar). */
const hit = (page: Page, id: string, key: string) => chart(page, id).locator(`.chart-hit[data-key="${key}"]`);
const tooltip = (page: Page, id: string) => chart(page, id).getByTestId('chart-tooltip');

const PHONE = { width: 390, height: 844 };

const TEXT = {
  en: {
    total4: '2020: 4 operations',
    withSdf: 'International Coalition (US-led) and Syrian Democratic Forces (SDF): 3',
    alone: 'International Coalition (US-led) only: 1',
    killed: 'at least 13',
    killedLabel: 'Killed',
  },
  ar: {
    total4: '٢٠٢٠: ٤ عمليات',
    withSdf: 'التحالف الدولي وقوات سوريا الديمقراطية (قسد): ٣',
    alone: 'التحالف الدولي فقط: ١',
    killed: '١٣ على الأقل',
    killedLabel: 'قتلى',
  },
} as const;

async function openCharts(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('charts-toggle').click();
  await expect(page.getByTestId('charts')).toBeVisible();
}

type Box = { text: string; l: number; r: number; t: number; b: number };
const boxesOf = (loc: Locator): Promise<Box[]> =>
  loc.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        text: e.getAttribute('data-category') ?? e.textContent ?? '',
        l: r.left,
        r: r.right,
        t: r.top,
        b: r.bottom,
      };
    }),
  );
const meet = (a: Box, b: Box) => a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;

/** Pairs of labels of one axis whose boxes intersect (empty when none overlap). */
async function overlapping(ticks: Locator): Promise<string[]> {
  const boxes = await boxesOf(ticks);
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => meet(a, b))
      .map((b) => `${a.text} × ${b.text}`),
  );
}

for (const lang of ['ar', 'en'] as const) {
  const text = TEXT[lang];

  test.describe(`charts (${lang})`, () => {
    test('a year stack adds up to the operations of that year, per actor combination in the tooltip', async ({
      page,
    }) => {
      await openCharts(page, `/?lang=${lang}`);
      const y2020 = hit(page, 'chart-year-actor', '2020');
      await expect(y2020).toHaveAttribute('data-count', '4');
      // A screen reader hears the same total and combinations as the tooltip shows.
      const name = (await y2020.getAttribute('aria-label')) ?? '';
      for (const part of [text.total4, text.withSdf, text.alone]) expect(name).toContain(part);
      await y2020.hover();
      const tip = tooltip(page, 'chart-year-actor');
      await expect(tip).toContainText(text.total4);
      await expect(tip).toContainText(text.withSdf);
      await expect(tip).toContainText(text.alone);
      // The tooltip names actors in the UI language, never by their codes.
      await expect(tip).not.toContainText('coalition');
      await expect(tip).not.toContainText('sdf');
      // The stack's segments together are as tall as the bar for the total.
      const segments = chart(page, 'chart-year-actor').locator('.chart-bar[data-key="2020"]');
      await expect(segments).toHaveCount(2);
      const heights = await segments.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      const total = (await y2020.boundingBox())!.height;
      expect(Math.abs(heights.reduce((a, b) => a + b, 0) - total)).toBeLessThan(1.5);
      // Clicking the year filters exactly the operations the stack counted.
      await y2020.click();
      await expect(page).toHaveURL(/years=2020/);
      await expect(count(page)).toHaveAttribute('data-count', '4');
    });

    test('the type chart counts a secondary type as the type filter does', async ({ page }) => {
      await openCharts(page, `/?lang=${lang}`);
      const rescue = hit(page, 'chart-type', 'hostage-rescue');
      await expect(rescue).toHaveAttribute('data-count', '1');
      await rescue.click();
      await expect(page).toHaveURL(/types=hostage-rescue/);
      await expect(count(page)).toHaveAttribute('data-count', '1');
      // Every type bar equals the count of its filter.
      for (const type of ['raid', 'evacuation', 'supply-drop'])
        await expect(hit(page, 'chart-type', type)).toHaveAttribute(
          'data-count',
          type === 'raid' ? '7' : type === 'evacuation' ? '3' : '1',
        );
      await page.goto(`/?lang=${lang}&types=raid`);
      await expect(count(page)).toHaveAttribute('data-count', '7');
    });

    test('clicking a chart bar toggles the matching filter', async ({ page }) => {
      await openCharts(page, `/?lang=${lang}`);
      await hit(page, 'chart-type', 'supply-drop').click();
      await expect(page).toHaveURL(/types=supply-drop/);
      await expect(count(page)).toHaveAttribute('data-count', '1');
    });

    test('after a click the other bars stay, dimmed, and a second click clears the filter', async ({ page }) => {
      await openCharts(page, `/?lang=${lang}`);
      await hit(page, 'chart-year-actor', '2020').click();
      await expect(count(page)).toHaveAttribute('data-count', '4');
      await expect(chart(page, 'chart-year-actor').locator('.chart-bar[data-key="2017"]')).toHaveAttribute(
        'data-dimmed',
        'true',
      );
      await expect(chart(page, 'chart-year-actor').locator('.chart-bar[data-key="2017"]')).toHaveAttribute(
        'fill-opacity',
        /^0\.\d+$/,
      );
      await expect(hit(page, 'chart-year-actor', '2017')).toHaveAttribute('data-count', '4');
      await expect(hit(page, 'chart-year-actor', '2020')).toHaveAttribute('aria-pressed', 'true');
      await expect(chart(page, 'chart-year-actor').locator('.chart-bar[data-key="2020"]').first()).toHaveAttribute(
        'data-dimmed',
        'false',
      );
      // The type chart follows the year filter (it counts with every filter but types).
      await expect(hit(page, 'chart-type', 'evacuation')).toHaveAttribute('data-count', '0');
      await hit(page, 'chart-year-actor', '2020').click();
      await expect(page).not.toHaveURL(/years=/);
      await expect(count(page)).toHaveAttribute('data-count', '11');
      await expect(chart(page, 'chart-year-actor').locator('.chart-bar[data-dimmed="true"]')).toHaveCount(0);
    });

    test('a bar works from the keyboard and says it is selected', async ({ page }) => {
      await openCharts(page, `/?lang=${lang}`);
      const gov = hit(page, 'chart-gov', 'SY-HM');
      await gov.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/gov=SY-HM/);
      await expect(gov).toHaveAttribute('aria-pressed', 'true');
      await expect(gov).toHaveAccessibleName(
        lang === 'ar' ? 'حماة: عملية واحدة (محدَّد)' : 'Hama: 1 operation (selected)',
      );
    });

    test('the outcome tooltip reads "at least" once', async ({ page }) => {
      await openCharts(page, `/?lang=${lang}`);
      const plot = chart(page, 'chart-outcomes');
      await plot.locator('.chart-tick[data-category="killed"]').hover();
      await plot.locator('.recharts-bar-rectangle').first().hover();
      const tip = tooltip(page, 'chart-outcomes');
      await expect(tip).toContainText(text.killedLabel);
      await expect(tip).toContainText(text.killed);
      const said = (await tip.textContent()) ?? '';
      expect(said.split(lang === 'ar' ? 'على الأقل' : 'at least').length - 1).toBe(1);
      expect(said).not.toContain('≥');
      expect(said).not.toMatch(/up to|حتى/i);
      // The same words at the end of the bar.
      await expect(plot.locator('.chart-value').first()).toHaveText(text.killed);
    });

    test('no serious or critical accessibility violations in the charts', async ({ page }) => {
      await page.goto(`/?lang=${lang}&charts=1&types=raid`);
      await expect(hit(page, 'chart-type', 'raid')).toHaveAttribute('aria-pressed', 'true');
      const results = await new AxeBuilder({ page }).include('[data-testid="charts"]').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('the charts are part of the permalink', async ({ page }) => {
      await openCharts(page, `/?lang=${lang}`);
      await expect(page).toHaveURL(/charts=1/);
      await page.goto(`/?lang=${lang}&charts=1&years=2020`);
      await expect(page.getByTestId('charts')).toBeVisible();
      await expect(hit(page, 'chart-year-actor', '2020')).toHaveAttribute('data-selected', 'true');
    });

    for (const size of ['desktop', 'phone'] as const)
      test(`category labels never overlap (${size})`, async ({ page }) => {
        if (size === 'phone') {
          await page.setViewportSize(PHONE);
          await page.goto(`/?lang=${lang}`);
          await page.locator('.phone-tabs [data-tab="charts"]').click();
        } else await openCharts(page, `/?lang=${lang}`);
        await expect(page.getByTestId('charts')).toBeVisible();
        for (const id of ['chart-year-actor', 'chart-type', 'chart-gov', 'chart-outcomes']) {
          const axes = chart(page, id).locator('.recharts-cartesian-axis-tick-labels');
          await expect(axes).toHaveCount(2);
          for (const axis of await axes.all()) {
            await expect(axis.locator('text').first()).toBeVisible();
            expect(await overlapping(axis.locator('text')), id).toEqual([]);
          }
          // Nor do category labels run into the bars, or into the values written at the bars' ends, or out of
          // the chart.
          const labels = await boxesOf(chart(page, id).locator('.chart-tick'));
          const drawn = await boxesOf(
            chart(page, id).locator('.chart-bar, .recharts-bar-rectangle path, .recharts-label-list text'),
          );
          const [svg] = await boxesOf(chart(page, id).locator('svg.recharts-surface'));
          const hits = [
            ...labels.flatMap((a) => drawn.filter((b) => meet(a, b)).map((b) => `${a.text} × ${b.text}`)),
            ...labels
              .filter((a) => a.l < svg.l || a.r > svg.r || a.t < svg.t || a.b > svg.b)
              .map((a) => `${a.text} cut`),
          ];
          expect(hits, id).toEqual([]);
        }
        await page.screenshot({ path: `${SCREENSHOTS}/charts-${lang}-${size}.png`, fullPage: size === 'phone' });
      });
  });
}
