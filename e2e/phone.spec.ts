import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const PHONE = { width: 390, height: 844 };

/** Every visible, enabled control in the page that is shorter than 44 px (name and height). */
async function smallTargets(page: Page, within: string) {
  return page.locator(within).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, select, input[type="search"], input[type="text"], summary, label')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.skip-links, .maplibregl-ctrl-attrib'))
      .map((el) => ({
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30),
        h: el.getBoundingClientRect().height,
      }))
      .filter((t) => t.h < 43.5),
  );
}

for (const lang of ['ar', 'en'] as const) {
  test.describe(`phone (${lang})`, () => {
    test.use({ viewport: PHONE });

    test('the header is one row; the other tools open from "More"', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const header = page.locator('.app-header');
      const box = (await header.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(56);
      await expect(page.getByTestId('lang-switch')).toBeVisible();
      await expect(page.getByTestId('op-count')).toBeVisible();
      await expect(page.getByTestId('copy-link')).toBeHidden();
      const more = page.getByTestId('header-more');
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByTestId('copy-link')).toBeVisible();
      await expect(page.getByTestId('export-menu')).toBeVisible();
      await expect(page.getByTestId('theme-switch')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('copy-link')).toBeHidden();
      await expect(more).toBeFocused();
    });

    test('buttons, tabs, selects and filter options are at least 44 px tall', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      expect(await smallTargets(page, '.app-header')).toEqual([]);
      expect(await smallTargets(page, '.phone-tabs')).toEqual([]);
      await page.locator('.phone-tabs [data-tab="filters"]').click();
      await page.locator('.filter-group summary').first().click();
      expect(await smallTargets(page, '.side')).toEqual([]);
      await page.locator('.phone-tabs [data-tab="timeline"]').click();
      expect(await smallTargets(page, '.timeline')).toEqual([]);
    });

    test('the details sheet leaves the tab bar uncovered and the operation in view above it', async ({ page }) => {
      await page.goto(`/?lang=${lang}&op=2020-05-18-shuhayl`);
      await expect(page.getByTestId('op-details')).toBeVisible();
      // A person reads the sheet once the map has flown to the operation.
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      const sheet = (await page.locator('.panel-details').boundingBox())!;
      const tabs = (await page.getByTestId('phone-tabs').boundingBox())!;
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(tabs.y + 1);
      await page.locator('.phone-tabs [data-tab="list"]').click();
      await expect(page.locator('.phone-tabs [data-tab="list"]')).toHaveAttribute('aria-pressed', 'true');
      await page.locator('.phone-tabs [data-tab="map"]').click();
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      const mapBox = (await page.getByTestId('map').boundingBox())!;
      const p = await page.evaluate(() =>
        (
          window as unknown as { __atlasMap: { project: (ll: [number, number]) => { x: number; y: number } } }
        ).__atlasMap.project([40.45232, 35.0865]),
      );
      expect(mapBox.y + p.y).toBeLessThan(sheet.y);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(mapBox.width);
    });
  });
}

for (const lang of ['ar', 'en'] as const)
  test(`a skip link is the first Tab stop and takes the keyboard to the map, the list or the filters (${lang})`, async ({
    page,
  }) => {
    // The page is ready when the map has drawn the operations; a person starts tabbing then.
    const open = async () => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    };
    await open();
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('skip-map');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(skip).toHaveText(lang === 'ar' ? 'انتقل إلى الخريطة' : 'Skip to the map');
    await page.keyboard.press('Enter');
    await expect(page.locator('.maplibregl-canvas')).toBeFocused();
    await open();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-list')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.side-list button.op-row').first()).toBeFocused();
    // Arrow keys move through the list.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.side-list button.op-row').nth(1)).toBeFocused();
    await open();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-filters')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('search')).toBeFocused();
  });
