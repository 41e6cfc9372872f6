import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const count = (page: Page) => page.getByTestId('op-count');

/** Records every URL the page goes through (pushState and replaceState), to prove what was never applied. */
async function recordUrls(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __urls: string[] };
    w.__urls = [];
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (data: unknown, unused: string, url?: string | URL | null) => {
        w.__urls.push(String(url));
        original(data, unused, url);
      };
    }
  });
  return () => page.evaluate(() => (window as unknown as { __urls: string[] }).__urls);
}

const typing = {
  en: { digits: '05012020', shown: '05/01/2020', other: '12/31/2020' },
  ar: { digits: '01052020', shown: '٠١/٠٥/٢٠٢٠', other: '٣١/١٢/٢٠٢٠' },
};

for (const lang of ['ar', 'en'] as const) {
  test.describe(`time (${lang})`, () => {
    test('a date typed digit by digit applies only once complete, in the language order', async ({ page }) => {
      const urls = await recordUrls(page);
      await page.goto(`/?lang=${lang}`);
      const from = page.getByTestId('time-from');
      await from.click();
      await from.pressSequentially(typing[lang].digits, { delay: 30 });
      await expect(page).toHaveURL(/from=2020-05-01/);
      // Never a half-typed date (the old field applied from=0002-05-01 after the first year digit).
      expect((await urls()).filter((u) => /from=/.test(u) && !/from=2020-05-01/.test(u))).toEqual([]);
      await from.press('Tab');
      await expect(from).toHaveValue(typing[lang].shown);
      await expect(count(page)).toHaveAttribute('data-count', '6');
    });

    test('ISO and the language format are accepted; invalid and out-of-range dates are named, not applied', async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}`);
      const to = page.getByTestId('time-to');
      await to.fill('2020-12-31');
      await to.press('Enter');
      await expect(page).toHaveURL(/to=2020-12-31/);
      await expect(to).toHaveValue(typing[lang].other);

      const from = page.getByTestId('time-from');
      await from.fill('31/31/2020');
      await from.press('Enter');
      await expect(page.getByTestId('time-from-error')).toContainText(lang === 'ar' ? 'ليس تاريخاً' : 'Not a date');
      await expect(from).toHaveAttribute('aria-invalid', 'true');
      await from.fill('2031-01-01');
      await from.press('Enter');
      await expect(page.getByTestId('time-from-error')).toContainText(
        lang === 'ar' ? 'خارج نطاق البيانات (١ كانون الثاني ٢٠١٧' : 'outside the data (1 January 2017',
      );
      await from.fill(lang === 'ar' ? '٠١/٠١/٢٠٢١' : '01/01/2021');
      await from.press('Enter');
      await expect(page.getByTestId('time-from-error')).toContainText(
        lang === 'ar' ? 'بعد تاريخ النهاية' : 'after the end date',
      );
      expect(new URL(page.url()).searchParams.get('from')).toBeNull();
      await expect(count(page)).toHaveAttribute('data-count', '8');
    });

    test('brush handles are there before any range is set and step by the histogram bin', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const end = page.getByTestId('brush-to');
      await expect(end).toBeVisible();
      await expect(page.getByTestId('brush-from')).toBeVisible();
      await end.focus();
      // Earlier is towards the reading start: right in Arabic, left in English. The bins are years.
      await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
      await expect(page).toHaveURL(/to=2024-12-31/);
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect(page).not.toHaveURL(/to=/);
      const start = page.getByTestId('brush-from');
      await start.focus();
      await page.keyboard.press(lang === 'ar' ? 'Shift+ArrowLeft' : 'Shift+ArrowRight');
      await expect(page).toHaveURL(/from=2022-01-01/);
      await expect(count(page)).toHaveAttribute('data-count', '3');
    });

    test('the histogram labels its years under the bars', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const labels = page.getByTestId('histogram').locator('.axis-label');
      await expect(labels.first()).toHaveText(lang === 'ar' ? '٢٠١٧' : '2017');
      await expect(labels).toHaveCount(9);
      const bars = await page.getByTestId('histogram').locator('line.axis').first().boundingBox();
      const label = await labels.first().boundingBox();
      expect(label!.y + label!.height / 2).toBeGreaterThan(bars!.y);
    });

    test('playback steps through the periods that hold operations, captions them, and restores the filter', async ({
      page,
    }) => {
      const urls = await recordUrls(page);
      await page.goto(`/?lang=${lang}&years=2020&actors=coalition`);
      await expect(count(page)).toHaveAttribute('data-count', '4');
      await page.getByTestId('play').click();
      // One check: the first step shows for a second, and two checks in a row could miss it on a busy machine.
      await expect(page.getByTestId('playback-caption')).toContainText(lang === 'ar' ? /حتى.*٢٠١٧/ : /Up to.*2017/);
      await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 });
      await expect(page.getByTestId('playback-caption')).toHaveCount(0);
      // The filter from before playback is back.
      await expect(page).toHaveURL(/years=2020/);
      expect(new URL(page.url()).searchParams.get('to')).toBeNull();
      await expect(count(page)).toHaveAttribute('data-count', '4');
      // Only the years with coalition operations were steps: 2017, 2020, 2025 (not 2018, 2019, 2021…).
      const ends = [...new Set((await urls()).map((u) => new URL(u, 'http://x').searchParams.get('to')))].filter(
        Boolean,
      );
      expect(ends).toEqual(['2017-12-31', '2020-12-31', '2025-12-31']);
    });
  });
}
