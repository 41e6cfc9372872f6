/**
 * Exports: the Export menu (keyboard, phones, right-to-left), CSV an analyst can read in the UI language with
 * spreadsheet formulas neutralised, and exports of an opened dataset that carry its own name, version and
 * `synthetic` flag.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, fixtureOperations, SCREENSHOTS, showTools, test } from './helpers';

type Kind = 'csv' | 'geojson' | 'png';
const META = JSON.parse(readFileSync('e2e/fixtures/data/meta.json', 'utf8'));
const ATLAS_VERSION = META.version as string;
const fixture = (id: string) =>
  fixtureOperations().features.find((f: { id: string }) => f.id === id).properties as Record<string, string>;
const PHONE = { width: 390, height: 844 };

/** Opens the Export menu, picks an export and returns the downloaded file. */
async function exportFile(page: Page, kind: Kind) {
  await showTools(page);
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
  return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

const csvRows = (body: Buffer) => {
  const text = body.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
};

/** A GeoJSON file of two fixture operations, one titled with a spreadsheet formula, flagged synthetic. */
async function openDataset(page: Page) {
  const [a, b] = fixtureOperations().features.slice(5, 7);
  a.properties.title_en = '=HYPERLINK("https://example.org/x","click me")';
  const body = JSON.stringify({ type: 'FeatureCollection', synthetic: true, features: [a, b] });
  await page
    .getByTestId('open-file-input')
    .or(page.getByTestId('file-input'))
    .setInputFiles({ name: 'drill-2024.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(body) });
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '2');
}

const L = {
  en: {
    id: 'ID',
    titleEn: 'Title (English)',
    gov: 'Governorate code',
    govName: 'Governorate',
    type: 'Type code',
    typeName: 'Type',
    actorNames: 'Actors',
    targetName: 'Target',
    km: 'Location uncertainty radius (km)',
    otherDates: 'Other reported dates (reported by)',
    summary: 'Summary',
    urls: 'Source URLs',
    dataset: 'Dataset',
    version: 'Data version',
    synthetic: 'Synthetic data',
    menu: 'Export',
    failed: 'Export failed',
  },
  ar: {
    id: 'المعرّف',
    titleEn: 'العنوان (بالإنجليزية)',
    gov: 'رمز المحافظة',
    govName: 'المحافظة',
    type: 'رمز النوع',
    typeName: 'نوع العملية',
    actorNames: 'الجهات المنفذة',
    targetName: 'المستهدف',
    km: 'نصف قطر عدم اليقين في الموقع (كم)',
    otherDates: 'تواريخ أخرى وردت (ومن أوردها)',
    summary: 'الملخص',
    urls: 'روابط المصادر',
    dataset: 'مجموعة البيانات',
    version: 'إصدار البيانات',
    synthetic: 'بيانات اصطناعية',
    menu: 'تصدير',
    failed: 'فشل التصدير',
  },
} as const;

for (const lang of ['ar', 'en'] as const) {
  const l = L[lang];

  test.describe(`exports (${lang})`, () => {
    test('exports contain exactly the filtered operations, the CSV readable in the UI language', async ({ page }) => {
      await page.goto(`/?lang=${lang}&years=2020&actors=sdf`);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '3');

      const csv = await exportFile(page, 'csv');
      expect(csv.name).toMatch(/^airborne-operations_\d{4}-\d{2}-\d{2}_years-2020_actors-sdf\.csv$/);
      const { data, meta } = csvRows(csv.body);
      expect(meta.fields?.slice(0, 1)).toEqual([l.id]);
      expect(data.map((r) => r[l.id]).sort()).toEqual(['2020-05-07-zirr', '2020-05-17-busayrah', '2020-05-18-shuhayl']);
      const shuhayl = data.find((r) => r[l.id] === '2020-05-18-shuhayl')!;
      const zirr = data.find((r) => r[l.id] === '2020-05-07-zirr')!;
      expect([shuhayl[l.gov], shuhayl[l.govName]]).toEqual(['SY-DY', lang === 'ar' ? 'دير الزور' : 'Deir ez-Zor']);
      expect(shuhayl[l.type]).toBe('raid');
      expect(shuhayl[l.typeName]).toBe(META.taxonomy.types.raid[lang]);
      expect(shuhayl[l.actorNames]).toContain(
        lang === 'ar' ? 'قوات سوريا الديمقراطية (قسد)' : 'Syrian Democratic Forces (SDF)',
      );
      expect(shuhayl[l.targetName]).toBe(lang === 'ar' ? 'تنظيم الدولة الإسلامية (داعش)' : 'Islamic State (ISIS)');
      // village: within 2 km; near a named place: within 10 km (meta.json location_precisions).
      expect([shuhayl[l.km], zirr[l.km]]).toEqual(['2', '10']);
      expect(zirr[l.otherDates]).toContain(lang === 'ar' ? '2020-05-06 — دير الزور 24' : '2020-05-06 — Deir Ezzor 24');
      expect(shuhayl[l.summary]).toBe(fixture('2020-05-18-shuhayl')[`summary_${lang}`]);
      expect(shuhayl[l.urls].split(' | ')).toHaveLength(4);
      expect([shuhayl[l.dataset], shuhayl[l.version], shuhayl[l.synthetic]]).toEqual([
        'airborne-operations',
        ATLAS_VERSION,
        'false',
      ]);

      const geo = JSON.parse((await exportFile(page, 'geojson')).body.toString('utf8'));
      expect(geo).toMatchObject({ name: 'airborne-operations', data_version: ATLAS_VERSION, synthetic: false });
      expect(geo.features.map((f: { id: string }) => f.id).sort()).toEqual([
        '2020-05-07-zirr',
        '2020-05-17-busayrah',
        '2020-05-18-shuhayl',
      ]);

      const png = await exportFile(page, 'png');
      expect(png.name).toMatch(/^airborne-operations_.*\.png$/);
      expect(png.body.subarray(1, 4).toString()).toBe('PNG');
      expect(png.body.length).toBeGreaterThan(10_000);
    });

    test("an opened file's exports carry its name, version and synthetic flag, formulas neutralised", async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
      await openDataset(page);

      const csv = await exportFile(page, 'csv');
      expect(csv.name).toMatch(/^drill-2024_synthetic_\d{4}-\d{2}-\d{2}_all\.csv$/);
      const { data } = csvRows(csv.body);
      const titled = data.find((r) => r[l.titleEn].includes('HYPERLINK'))!;
      expect(titled[l.titleEn]).toBe(`'=HYPERLINK("https://example.org/x","click me")`);
      expect(titled[l.dataset]).toBe('drill-2024.geojson');
      expect(titled[l.synthetic]).toBe('true');
      const version = titled[l.version];
      expect(version).toMatch(/^[0-9a-f]{12}$/);
      expect(version).not.toBe(ATLAS_VERSION);

      const geoFile = await exportFile(page, 'geojson');
      expect(geoFile.name).toMatch(/^drill-2024_synthetic_.*\.geojson$/);
      expect(JSON.parse(geoFile.body.toString('utf8'))).toMatchObject({
        name: 'drill-2024.geojson',
        data_version: version,
        synthetic: true,
        features: [{}, {}],
      });

      const png = await exportFile(page, 'png');
      expect(png.name).toMatch(/^drill-2024_synthetic_.*\.png$/);
      expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    });

    test('the Export menu works with the keyboard and closes on Escape or a click outside', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const button = page.getByTestId('export-menu');
      await expect(button).toHaveText(l.menu);
      await expect(button).toHaveAttribute('aria-haspopup', 'menu');
      await expect(page.getByRole('menu')).toHaveCount(0);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('menuitem')).toHaveCount(3);
      await expect(page.getByTestId('export-csv')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByTestId('export-geojson')).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(page.getByTestId('export-png')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');

      await page.keyboard.press('ArrowUp');
      await expect(page.getByTestId('export-png')).toBeFocused();
      // Enter on an item starts its download and closes the menu.
      await page.keyboard.press('ArrowUp');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/\.geojson$/);
      await expect(page.getByRole('menu')).toHaveCount(0);

      await button.click();
      await expect(page.getByRole('menu')).toBeVisible();
      await page.getByTestId('op-count').click();
      await expect(page.getByRole('menu')).toHaveCount(0);
    });

    for (const [size, viewport] of Object.entries({ desktop: { width: 1280, height: 800 }, phone: PHONE })) {
      test(`the Export menu opens fully on screen, at the button's inline end (${size})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/?lang=${lang}`);
        await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
        await showTools(page);
        await page.getByTestId('export-menu').click();
        const menu = page.getByRole('menu');
        await expect(menu).toBeVisible();
        const box = (await menu.boundingBox())!;
        const btn = (await page.getByTestId('export-menu').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y).toBeGreaterThanOrEqual(btn.y + btn.height);
        // Inline end: the right edges line up in English, the left edges in Arabic (a phone may nudge it on screen).
        const offset = lang === 'ar' ? box.x - btn.x : box.x + box.width - (btn.x + btn.width);
        expect(size === 'desktop' ? Math.abs(offset) : 0).toBeLessThan(2);
        // Every item is visible and on top (not hidden under the map or the panels).
        for (const kind of ['csv', 'geojson', 'png'] as const) {
          const item = page.getByTestId(`export-${kind}`);
          const b = (await item.boundingBox())!;
          const hit = await page.evaluate(
            ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid]')?.getAttribute('data-testid'),
            [b.x + b.width / 2, b.y + b.height / 2],
          );
          expect(hit).toBe(`export-${kind}`);
        }
        await page.screenshot({ path: `${SCREENSHOTS}/export-menu-${lang}-${size}.png` });
      });
    }

    test('a failed export is shown as an alert', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      await page.evaluate(() => {
        HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
          cb(null);
        };
      });
      await page.getByTestId('export-menu').click();
      await page.getByTestId('export-png').click();
      await expect(page.getByRole('alert').filter({ hasText: l.failed })).toBeVisible();
    });

    test('the PNG legend of a choropleth shows its classes, of a comparison its two periods', async ({ page }) => {
      // Colours of the pixels below the map in an exported image (the map is the run of rows not white at x = 0).
      const legendColours = (png: Buffer) =>
        page.evaluate(async (b64) => {
          const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const c = new OffscreenCanvas(img.width, img.height);
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const { data } = g.getImageData(0, 0, img.width, img.height);
          const white = (y: number) => data[y * img.width * 4] === 255 && data[y * img.width * 4 + 1] === 255;
          let y = 0;
          while (y < img.height && white(y)) y++;
          while (y < img.height && !white(y)) y++;
          const seen = new Set<string>();
          for (let i = y * img.width * 4; i < data.length; i += 4)
            seen.add(`#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`);
          return [...seen];
        }, png.toString('base64'));
      await page.goto(`/?lang=${lang}&layer=choropleth`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      const classes = await page
        .getByTestId('choropleth-legend')
        .locator('[data-color]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-color')!.toLowerCase()));
      expect(classes.length).toBeGreaterThan(1);
      const choropleth = await exportFile(page, 'png');
      writeFileSync(`${SCREENSHOTS}/export-choropleth-${lang}.png`, choropleth.body);
      const below = await legendColours(choropleth.body);
      for (const colour of classes) expect(below, colour).toContain(colour);

      await page.goto(`/?lang=${lang}&from=2020-01-01&to=2020-05-16&vs=2020-05-10..2025-12-31`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      const compared = await exportFile(page, 'png');
      writeFileSync(`${SCREENSHOTS}/export-compare-${lang}.png`, compared.body);
      // Period B's orange ring and A's blue dot are in the legend band (compare-layers.ts).
      const band = await legendColours(compared.body);
      expect(band).toContain('#e69f00');
      expect(band).toContain('#0072b2');
    });

    test('the PNG shows the legend with precision marks and the credits (saved for review)', async ({ page }) => {
      await page.goto(`/?lang=${lang}&years=2020`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      const png = await exportFile(page, 'png');
      // The PNG is taller than the map: header, legend band and credits are added below and above it.
      const mapBox = (await page.getByTestId('map').boundingBox())!;
      const height = png.body.readUInt32BE(20);
      const width = png.body.readUInt32BE(16);
      expect(width).toBe(Math.round(mapBox.width));
      expect(height).toBeGreaterThan(mapBox.height + 200);
      writeFileSync(`${SCREENSHOTS}/export-${lang}.png`, png.body);

      await openDataset(page);
      writeFileSync(`${SCREENSHOTS}/export-dataset-${lang}.png`, (await exportFile(page, 'png')).body);

      // On a phone the legend flows over more lines and the credits wrap more; the PNG still is the map's width.
      await page.setViewportSize(PHONE);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      const phone = await exportFile(page, 'png');
      expect(phone.body.readUInt32BE(16)).toBe(Math.round((await page.getByTestId('map').boundingBox())!.width));
      writeFileSync(`${SCREENSHOTS}/export-dataset-${lang}-phone.png`, phone.body);
    });
  });
}
