/**
 * Shared e2e helpers. Specs import `test`/`expect` from here: every page then reads a frozen copy of the
 * published data (e2e/fixtures/data), so that adding an operation to data/ does not change what they assert.
 * Only the smoke spec runs on the real data. Also: a guard that records requests leaving localhost.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

const FIXTURES = join(import.meta.dirname, 'fixtures/data');

/** Serves /data/operations.geojson, meta.json and articles/* from the frozen fixture (the basemap stays real). */
export async function routeFixtureData(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith('/data/') && !url.pathname.startsWith('/data/basemap/'),
    (route) => {
      const file = join(FIXTURES, new URL(route.request().url()).pathname.slice('/data/'.length));
      if (!existsSync(file)) return route.continue();
      return route.fulfill({ body: readFileSync(file), contentType: 'application/json' });
    },
  );
}

export const test = base.extend<{ fixtureData: void }>({
  fixtureData: [
    async ({ page }, use) => {
      await routeFixtureData(page);
      await use();
    },
    { auto: true },
  ],
});

/** The fixture's operations, for specs that build datasets from them. */
export const fixtureOperations = () => JSON.parse(readFileSync(join(FIXTURES, 'operations.geojson'), 'utf8'));

/** Blocks and records every request to a host other than localhost; assert with `expectNoExternal`. */
export async function guardExternal(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.route(
    (url) =>
      !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) &&
      url.protocol !== 'data:' &&
      url.protocol !== 'blob:',
    (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return external;
}

export function expectNoExternal(external: string[]) {
  expect(external, `requests left localhost: ${external.join(', ')}`).toEqual([]);
}

export const SCREENSHOTS = 'e2e/screenshots';

/** On phones the header's tools (link, file, export, theme, print) sit behind "More": opens it when needed. */
export async function showTools(page: Page) {
  const more = page.getByTestId('header-more');
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/**
 * The element's box once it has stopped moving (two reads 100 ms apart agree): a drag planned on a box that the
 * layout is still settling (a panel or a scrollbar arriving) would land elsewhere than the person aimed.
 */
export async function settledBox(locator: Locator) {
  let last = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await locator.boundingBox());
        const same = box === last && box !== 'null';
        last = box;
        return same;
      },
      { intervals: [100], message: 'the element kept moving' },
    )
    .toBe(true);
  return JSON.parse(last) as { x: number; y: number; width: number; height: number };
}
