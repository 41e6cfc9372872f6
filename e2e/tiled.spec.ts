/**
 * A tiled dataset (issue 16): 50k synthetic operations built in the test with the tiles build's own functions,
 * served with range requests, opened with `data=…/manifest.json`. Counts are checked against the small
 * dataset's filter engine over the same operations, in both languages: opening, filtering, the timeline,
 * search, selecting (list, link) and a streamed export.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { buildTestTiled, writeTiled } from '../scripts/tiled-fixture';
import { toDay } from '../src/domain/dates';
import { filterOperations } from '../src/domain/filters';
import { noFilters, type Filters } from '../src/domain/filter-state';
import type { OperationFeature } from '../src/domain/operation-schema';
import { compileQuery, matchesQuery, operationIndex } from '../src/domain/search';
import { TILED_FORMAT_VERSION } from '../src/domain/tiled-format';
import { expect, SCREENSHOTS, showTools, test } from './helpers';

const N = 50_000;
const DIR = join(tmpdir(), `atlas-tiled-e2e-v${TILED_FORMAT_VERSION}-${N}`);
const DATA = '/tiled-e2e/manifest.json';
let sorted: OperationFeature[];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const built = buildTestTiled(N, 16, undefined, {});
  sorted = built.sorted;
  // Built once per machine: the files are the same for the same operations.
  if (!existsSync(join(DIR, 'manifest.json'))) writeTiled(DIR, built);
});

/** Serves the dataset's files under /tiled-e2e/, with HTTP range requests as a static host or CDN does. */
async function serveTiled(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith('/tiled-e2e/'),
    async (route) => {
      const file = join(DIR, decodeURIComponent(new URL(route.request().url()).pathname.slice('/tiled-e2e/'.length)));
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      const body = readFileSync(file);
      const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()['range'] ?? '');
      const etag = `"${statSync(file).mtimeMs}"`;
      if (!range) return route.fulfill({ body, headers: { etag, 'accept-ranges': 'bytes' } });
      const start = Number(range[1]);
      const end = Math.min(body.length - 1, range[2] ? Number(range[2]) : body.length - 1);
      return route.fulfill({
        status: 206,
        body: body.subarray(start, end + 1),
        headers: { etag, 'content-range': `bytes ${start}-${end}/${body.length}`, 'accept-ranges': 'bytes' },
      });
    },
  );
}

const expected = (patch: Partial<Filters>) => filterOperations(sorted, { ...noFilters, ...patch }).length;

async function open(page: Page, lang: 'ar' | 'en', extra = '') {
  await serveTiled(page);
  await page.goto(`/?lang=${lang}&data=${DATA}${extra}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 30_000 });
}

const count = (page: Page) => page.getByTestId('op-count');

/** The start day (`s`) of every operation the map draws now. */
const drawnDays = (page: Page) =>
  page.evaluate(() => {
    const map = (
      window as unknown as {
        __atlasMap: { queryRenderedFeatures: (o: object) => { properties: { s: number } }[] };
      }
    ).__atlasMap;
    return map.queryRenderedFeatures({ layers: ['tiled-solid', 'tiled-hollow'] }).map((f) => f.properties.s);
  });

for (const lang of ['en', 'ar'] as const) {
  test.describe(`tiled dataset (${lang})`, () => {
    test('opens with every operation counted, listed and on the map', async ({ page }) => {
      await open(page, lang);
      await expect(count(page)).toHaveAttribute('data-count', String(N));
      await expect(page.getByTestId('tiled-banner')).toBeVisible();
      // The list shows the first operations by date, their records fetched by chunk.
      await expect(page.getByTestId('op-list').locator(`[data-op-id="${sorted[0].id}"]`)).toBeVisible();
      // Arabic digits and right-to-left in Arabic, Western digits in English.
      await expect(count(page)).toContainText(lang === 'ar' ? '٥٠٬٠٠٠' : '50,000');
      expect(await page.getByTestId('app-root').evaluate((e) => getComputedStyle(e).direction)).toBe(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
      // Tiles come from the archive through the pmtiles protocol, and some are drawn.
      const drawn = await page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: { queryRenderedFeatures: (o: object) => unknown[] } })
          .__atlasMap;
        return map.queryRenderedFeatures({ layers: ['tiled-solid', 'tiled-hollow'] }).length;
      });
      expect(drawn).toBeGreaterThan(100);
      await page.screenshot({ path: `${SCREENSHOTS}/tiled-${lang}-desktop.png` });
    });

    test('filters from the panel and from the link count as the small dataset does', async ({ page }) => {
      await open(page, lang, '&years=2020,2021&actors=sdf');
      await expect(count(page)).toHaveAttribute(
        'data-count',
        String(expected({ years: [2020, 2021], actors: ['sdf'] })),
      );
      // One more filter from the panel: a type (its checkbox in the type group).
      const group = page.locator('.filter-group').nth(1);
      await group.locator('summary').click();
      await group.locator('input[type="checkbox"]').first().check();
      await expect(page).toHaveURL(/types=/);
      const types = new URL(page.url()).searchParams.get('types')!.split(',');
      await expect(count(page)).toHaveAttribute(
        'data-count',
        String(expected({ years: [2020, 2021], actors: ['sdf'], types })),
      );
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
    });

    test('a timeline range counts every operation that touches it', async ({ page }) => {
      await open(page, lang, '&from=2018-03-01&to=2018-05-31');
      await expect(count(page)).toHaveAttribute(
        'data-count',
        String(expected({ from: '2018-03-01', to: '2018-05-31' })),
      );
    });

    test('stepping the timeline redraws the map with only the operations up to its end', async ({ page }) => {
      await open(page, lang);
      const drawn = () => drawnDays(page);
      const all = await drawn();
      // Two bins back with the brush's end, as a person steps the timeline from the keyboard.
      await page.getByTestId('brush-to').focus();
      for (let i = 0; i < 2; i++) {
        const before = await count(page).getAttribute('data-count');
        await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
        await expect(count(page)).not.toHaveAttribute('data-count', before!);
        await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
        const to = new URL(page.url()).searchParams.get('to')!;
        await expect(count(page)).toHaveAttribute('data-count', String(expected({ to })));
        // What is drawn once the map is idle is the new range: nothing after its end, and fewer than at first.
        const now = await drawn();
        expect(now.length).toBeGreaterThan(0);
        expect(now.length).toBeLessThan(all.length);
        expect(Math.max(...now)).toBeLessThanOrEqual(toDay(to));
      }
    });

    test('search uses the token index with the app’s folding', async ({ page }) => {
      // A place word that no text holds only inside a longer word: there the token index (words from their
      // start) and the small dataset's scan (anywhere in a word) agree; the difference is said under the filters.
      const startsOnly = (w: string) =>
        sorted.every((o) => {
          const plain = operationIndex(o).plain;
          return !plain.includes(w) || plain.includes(` ${w}`);
        });
      const candidates = sorted.slice(4321, 4400).flatMap((o) =>
        (lang === 'ar' ? o.properties.place_ar : o.properties.place_en)
          .split(' ')
          .filter((w) => w.length >= 4)
          .map((w) => ({ word: w })),
      );
      const { word } = candidates.find((c) => compileQuery(c.word).terms.every((t) => startsOnly(t.token)))!;
      const want = sorted.filter((o) => matchesQuery(o, word)).length;
      await open(page, lang);
      await page.getByRole('searchbox').fill(word);
      await expect(count(page)).toHaveAttribute('data-count', String(want));
      const first = sorted.find((o) => matchesQuery(o, word))!;
      await expect(page.getByTestId('op-list').locator(`[data-op-id="${first.id}"]`)).toBeVisible();
      await expect(
        page.getByRole('note').filter({ hasText: lang === 'ar' ? 'من أولها' : 'from its start' }),
      ).toBeVisible();
    });

    test('selecting from the list and from a link shows the details', async ({ page }) => {
      await open(page, lang, '&types=supply-drop&years=2016');
      const first = filterOperations(sorted, { ...noFilters, types: ['supply-drop'], years: [2016] })[0];
      await page.getByTestId('op-list').locator(`[data-op-id="${first.id}"] button`).first().click();
      await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', first.id);
      await expect(page).toHaveURL(new RegExp(`op=${first.id}`));
      // A link with op= opens the same details (row found by id, record by its chunk).
      const other = sorted[31_337];
      await page.goto(`/?lang=${lang}&data=${DATA}&op=${other.id}`);
      await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', other.id);
      await expect(page.getByTestId('op-details')).toContainText(
        lang === 'ar' ? other.properties.place_ar : other.properties.place_en,
      );
    });

    test('says what a large dataset cannot do yet instead of dropping it silently', async ({ page }) => {
      await open(page, lang, '&layer=clusters&vs=2019-01-01..2019-12-31');
      const notes = page.getByRole('note');
      // Clusters need every operation in the page: points are drawn, and the page says so.
      await expect(
        notes.filter({ hasText: lang === 'ar' ? 'العنقودية' : 'Clusters and the governorate map' }),
      ).toBeVisible();
      await expect(notes.filter({ hasText: 'vs=' })).toBeVisible();
      await expect(count(page)).toHaveAttribute('data-count', String(N));
    });

    test('exports the filtered view as CSV, streamed chunk by chunk', async ({ page }) => {
      const filters = { types: ['evacuation'], years: [2019, 2020] };
      await open(page, lang, '&types=evacuation&years=2019,2020');
      const want = filterOperations(sorted, { ...noFilters, ...filters });
      await expect(count(page)).toHaveAttribute('data-count', String(want.length));
      await showTools(page);
      await page.getByTestId('export-menu').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
      // The header once, in the UI language, then one row per filtered operation in date order.
      expect(parsed.data[0][0]).toBe(lang === 'ar' ? 'المعرّف' : 'ID');
      expect(parsed.data.slice(1).map((r) => r[0])).toEqual(want.map((o) => o.id));
    });
  });
}

test('the map is not called idle while the dataset is still opening, and is once its operations are drawn', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await serveTiled(page);
  // Registered last, so it runs first: the manifest waits until released, then is served as usual.
  await page.route(
    (url) => url.pathname === '/tiled-e2e/manifest.json',
    async (route) => {
      await held;
      await route.fallback();
    },
  );
  await page.goto(`/?lang=en&data=${DATA}`);
  const map = page.getByTestId('map');
  // The basemap is loaded and drawn meanwhile: MapLibre itself is idle, but the view the link asks for is not.
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: { loaded: () => boolean } }).__atlasMap?.loaded() === true,
  );
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await expect(map).toHaveAttribute('data-map-idle', 'false');
  release();
  await expect(map).toHaveAttribute('data-map-idle', 'true', { timeout: 30_000 });
  expect((await drawnDays(page)).length).toBeGreaterThan(0);
});
