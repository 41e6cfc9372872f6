/**
 * Spatial filters (issue 15): an area (`area=`, a rectangle or a polygon, drawn with the mouse, typed or taken
 * from a governorate) and a radius around a gazetteer place (`near=`). Every count is computed here from the
 * fixture file with a plain point-in-polygon and haversine, independent of the app, and checked against the
 * literal it was worked out by hand to be.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, fixtureOperations, SCREENSHOTS, showTools, test } from './helpers';

type LonLat = [number, number];
const OPS = fixtureOperations().features as { id: string; geometry: { coordinates: LonLat } }[];
const PHONE = { width: 390, height: 844 };
/** Al Busayrah (gazetteer id wof:1226134263), as the gazetteer places it. */
const BUSAYRAH: LonLat = [40.42716, 35.15618];

const inBox = ([x, y]: LonLat, [w, s, e, n]: number[]) => x >= w && x <= e && y >= s && y <= n;
function inRing([x, y]: LonLat, ring: LonLat[]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function km([x1, y1]: LonLat, [x2, y2]: LonLat) {
  const r = Math.PI / 180;
  const h =
    Math.sin(((y2 - y1) * r) / 2) ** 2 + Math.cos(y1 * r) * Math.cos(y2 * r) * Math.sin(((x2 - x1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
const idsWhere = (keep: (p: LonLat) => boolean) =>
  OPS.filter((o) => keep(o.geometry.coordinates))
    .map((o) => o.id)
    .sort();
/** The operations inside an `area=` value, computed from the fixture. */
function idsInArea(param: string) {
  if (!param.includes(';')) return idsWhere((p) => inBox(p, param.split(',').map(Number)));
  const ring = param.split(';').map((pair) => pair.split(',').map(Number) as LonLat);
  return idsWhere((p) => inRing(p, ring));
}

async function expectOperations(page: Page, ids: string[]) {
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', String(ids.length));
  const shown = await page
    .getByTestId('op-list')
    .locator('[data-op-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-op-id')!).sort());
  expect(shown).toEqual(ids);
}

const areaParam = (page: Page) => new URL(page.url()).searchParams.get('area');

/** How many spatial shapes (area outline, radius circle) the map draws, once it is idle. */
async function drawnShapes(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
  return page.evaluate(() => {
    const map = (
      window as unknown as { __atlasMap: { querySourceFeatures: (s: string) => { properties: { kind: string } }[] } }
    ).__atlasMap;
    return new Set(map.querySourceFeatures('spatial').map((f) => f.properties.kind)).size;
  });
}

/** Screen position (page pixels) of a lon/lat on the map. */
async function onMap(page: Page, at: LonLat) {
  const box = (await page.getByTestId('map').boundingBox())!;
  const p = await page.evaluate(
    (ll) =>
      (window as unknown as { __atlasMap: { project: (l: LonLat) => { x: number; y: number } } }).__atlasMap.project(
        ll,
      ),
    at,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

const T = {
  en: {
    box: 'Inside the rectangle',
    polygon: 'Inside the drawn area',
    near10: 'Within 10 km of Al Busayrah',
    zirr: '3.6 km from Al Busayrah',
    missing: 'distance filter was not applied',
    search: 'Busaira',
    distanceHeader: 'Distance to the place (km)',
    idHeader: 'ID',
  },
  ar: {
    box: 'داخل المستطيل',
    polygon: 'داخل المنطقة المرسومة',
    near10: 'ضمن ١٠ كم من البصيرة',
    zirr: 'على بعد ٣٫٦ كم من البصيرة',
    missing: 'لم يُطبَّق مرشّح المسافة',
    search: 'البصيرة',
    distanceHeader: 'المسافة إلى المكان (كم)',
    idHeader: 'المعرّف',
  },
};

for (const lang of ['ar', 'en'] as const) {
  const t = T[lang];

  test.describe(`spatial filters (${lang})`, () => {
    test('a rectangle in the link keeps exactly the operations inside it, with a chip and its outline', async ({
      page,
    }) => {
      const area = '40.3,35,40.5,35.2';
      const expected = idsInArea(area);
      // Buqrus, al-Zirr, al-Busayrah, al-Shuhayl and al-Kasar al-Fawqani; al-Bulayl (35.2025 N) is just north.
      expect(expected).toHaveLength(5);
      await page.goto(`/?lang=${lang}&area=${area}`);
      await expectOperations(page, expected);
      await expect(page.locator('[data-chip="area"]')).toHaveText(new RegExp(t.box));
      // The outline is on the map, and goes with the chip.
      await expect.poll(() => drawnShapes(page)).toBe(1);
      await page.locator('[data-chip="area"]').click();
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', String(OPS.length));
      await expect.poll(() => drawnShapes(page)).toBe(0);
    });

    test('a polygon keeps what is inside it, not what is inside its bounding box', async ({ page }) => {
      const area = '40.41,35.1;40.6,35.17;40.41,35.17';
      const expected = idsInArea(area);
      expect(expected).toEqual(['2020-05-07-zirr', '2020-05-17-busayrah', '2025-10-22-kasar-fawqani']);
      // The al-Omar oil field lies in the triangle's bounding box but outside the triangle.
      expect(idsInArea('40.41,35.1,40.6,35.17')).toContain('2020-04-04-omar-field');
      await page.goto(`/?lang=${lang}&area=${area}`);
      await expectOperations(page, expected);
      await expect(page.locator('[data-chip="area"]')).toHaveText(new RegExp(t.polygon));
    });

    test('a radius keeps what lies within it, and shows distances in the list, the details and the CSV', async ({
      page,
    }) => {
      const expected = idsWhere((p) => km(p, BUSAYRAH) <= 10);
      // al-Busayrah and al-Kasar al-Fawqani (0 km), al-Zirr 3.6, al-Bulayl 7.2, al-Shuhayl 8.1, Buqrus 9.6.
      expect(expected).toHaveLength(6);
      await page.goto(`/?lang=${lang}&near=wof:1226134263,10`);
      await expectOperations(page, expected);
      await expect(page.locator('[data-chip="near"]')).toHaveText(new RegExp(t.near10));
      // The circle is drawn once the place is known.
      await expect.poll(() => drawnShapes(page)).toBe(1);
      // The printed page says which filter made the selection.
      // (The print view's code loads once the page is idle: ask again until it answers.)
      await expect(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await expect(page.getByTestId('print-view').locator('.print-caption')).toContainText(t.near10, {
          timeout: 1000,
        });
      }).toPass();
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      const zirr = page.locator('[data-op-id="2020-05-07-zirr"]');
      await expect(zirr.getByTestId('op-distance')).toHaveText(t.zirr);
      await zirr.getByRole('button').click();
      await expect(page.getByTestId('op-details').getByTestId('op-distance')).toHaveText(t.zirr);

      await showTools(page);
      await page.getByTestId('export-menu').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const text = readFileSync((await download.path())!, 'utf8').slice(1);
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
      expect(rows).toHaveLength(6);
      const distance = new Map(rows.map((r) => [r[t.idHeader], Number(r[t.distanceHeader])]));
      expect([...distance.keys()].sort()).toEqual(expected);
      for (const op of OPS.filter((o) => distance.has(o.id)))
        expect(distance.get(op.id)).toBeCloseTo(km(op.geometry.coordinates, BUSAYRAH), 2);
      expect(distance.get('2020-05-07-zirr')).toBe(3.6);
    });

    test('without a radius the CSV has no distance column', async ({ page }) => {
      await page.goto(`/?lang=${lang}&area=40.3,35,40.5,35.2`);
      await showTools(page);
      await page.getByTestId('export-menu').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const header = readFileSync((await download.path())!, 'utf8').split('\n')[0];
      expect(header).not.toContain(t.distanceHeader);
    });

    test('a rectangle drawn with the mouse filters, goes into the link and comes back from it', async ({ page }) => {
      await page.goto(`/?lang=${lang}&map=9/35.12/40.45`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
      await page.getByTestId('spatial-open').click();
      await page.getByTestId('area-draw-rectangle').click();
      await expect(page.getByTestId('area-drawing')).toHaveAttribute('data-status', 'ready');
      const from = await onMap(page, [40.3, 35.19]);
      const to = await onMap(page, [40.5, 35.0]);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
      await expect(page).toHaveURL(/area=/);
      await expect(page.getByTestId('area-drawing')).toHaveCount(0);
      const area = areaParam(page)!;
      expect(area).toMatch(/^-?\d+(\.\d{1,4})?(,-?\d+(\.\d{1,4})?){3}$/);
      const expected = idsInArea(area);
      expect(expected).toHaveLength(5);
      await expectOperations(page, expected);
      // The same link opens the same view.
      await page.goto(page.url());
      await expectOperations(page, expected);
      await expect(page.locator('[data-chip="area"]')).toBeVisible();
      expect(areaParam(page)).toBe(area);
    });

    test('editing the area drags a corner; Done ends editing', async ({ page }) => {
      await page.goto(`/?lang=${lang}&map=9/35.12/40.45&area=40.3,35,40.5,35.2`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
      await page.getByTestId('spatial-open').click();
      await page.getByTestId('area-edit').click();
      await expect(page.getByTestId('area-drawing')).toHaveAttribute('data-status', 'ready');
      const from = await onMap(page, [40.5, 35.0]);
      const to = await onMap(page, [40.6, 35.0]);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 5 });
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
      await expect(page).toHaveURL(/area=40\.3,35,40\.(59|60)\d*,35\.2/);
      const expected = idsInArea(areaParam(page)!);
      // The east edge moved past the al-Omar oil field (40.576 E).
      expect(expected).toHaveLength(6);
      expect(expected).toContain('2020-04-04-omar-field');
      await expectOperations(page, expected);
      await page.getByTestId('area-done').click();
      await expect(page.getByTestId('area-drawing')).toHaveCount(0);
      await expect(page.getByTestId('spatial-panel')).toBeVisible();
      await expect(page.getByTestId('spatial-open')).toBeFocused();
    });

    test('the charts count under the radius too', async ({ page }) => {
      await page.goto(`/?lang=${lang}&near=wof:1226134263,10&charts=1`);
      const in2020 = OPS.filter((o) => o.id.startsWith('2020-') && km(o.geometry.coordinates, BUSAYRAH) <= 10);
      // al-Zirr, al-Busayrah and al-Shuhayl; the al-Omar oil field (13.5 km) is outside.
      expect(in2020).toHaveLength(3);
      await expect(page.getByTestId('chart-year-actor').locator('.chart-hit[data-key="2020"]')).toHaveAttribute(
        'data-count',
        '3',
      );
    });

    test('a polygon drawn with clicks filters by its shape', async ({ page }) => {
      await page.goto(`/?lang=${lang}&map=9/35.12/40.45`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
      await page.getByTestId('spatial-open').click();
      await page.getByTestId('area-draw-polygon').click();
      await expect(page.getByTestId('area-drawing')).toHaveAttribute('data-status', 'ready');
      const corners: LonLat[] = [
        [40.41, 35.1],
        [40.6, 35.17],
        [40.41, 35.17],
      ];
      for (const c of corners) {
        const p = await onMap(page, c);
        await page.mouse.click(p.x, p.y);
      }
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/area=[^&]*;/);
      const expected = idsInArea(areaParam(page)!);
      expect(expected).toEqual(['2020-05-07-zirr', '2020-05-17-busayrah', '2025-10-22-kasar-fawqani']);
      await expectOperations(page, expected);
    });

    test('from the keyboard: typed corners, then a governorate outline, make the area', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.getByTestId('spatial-open').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('area-west').focus();
      // Arabic-Indic digits and the Arabic decimal separator are accepted in the Arabic interface.
      const typed = lang === 'ar' ? ['٤٠٫٣', '٣٥', '٤٠٫٥', '٣٥٫٢'] : ['40.3', '35', '40.5', '35.2'];
      for (const [i, v] of typed.entries()) {
        await page.keyboard.type(v);
        if (i < 3) await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/area=40\.3,35,40\.5,35\.2/);
      await expectOperations(page, idsInArea('40.3,35,40.5,35.2'));

      // The panel stays open after applying, for the next change.
      await page.getByTestId('area-governorate').selectOption('SY-HM');
      await expect(page).toHaveURL(/area=[^&]*;/);
      const ring = areaParam(page)!.split(';');
      expect(ring.length).toBeGreaterThanOrEqual(3);
      expect(ring.length).toBeLessThanOrEqual(50);
      const expected = idsInArea(areaParam(page)!);
      // Hama governorate holds one fixture operation: al-Jurayjisa.
      expect(expected).toEqual(['2025-09-19-jurayjisa']);
      await expectOperations(page, expected);
    });

    test('a place found by name sets the radius; chips remove the filters one by one', async ({ page }) => {
      await page.goto(`/?lang=${lang}&area=40.3,35,40.5,35.2`);
      await page.getByTestId('spatial-open').click();
      await page.getByTestId('near-km').fill(lang === 'ar' ? '٥' : '5');
      await page.getByTestId('near-search').fill(t.search);
      await page.getByTestId('near-find').click();
      await page.getByTestId('near-hits').locator('[data-place-id="wof:1226134263"]').click();
      await expect(page).toHaveURL(/near=wof:1226134263,5(&|$)/);
      const near5 = idsWhere((p) => km(p, BUSAYRAH) <= 5);
      // al-Busayrah, al-Kasar al-Fawqani and al-Zirr; all three are also in the rectangle.
      expect(near5).toEqual(['2020-05-07-zirr', '2020-05-17-busayrah', '2025-10-22-kasar-fawqani']);
      await expectOperations(page, near5);

      await page.locator('[data-chip="area"]').click();
      await expect(page).not.toHaveURL(/area=/);
      await expectOperations(page, near5);
      await page.locator('[data-chip="near"]').click();
      await expect(page).not.toHaveURL(/near=/);
      await expectOperations(
        page,
        idsWhere(() => true),
      );
    });

    test('a link naming a place the gazetteer does not have says so and drops the radius', async ({ page }) => {
      await page.goto(`/?lang=${lang}&near=wof:0,10&years=2020`);
      const notice = page.getByTestId('near-missing');
      await expect(notice).toContainText(t.missing);
      await expect(notice.locator('code')).toHaveText('wof:0');
      await expect(page).not.toHaveURL(/near=/);
      await expect(page).toHaveURL(/years=2020/);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '4');
    });
  });

  test.describe(`spatial filters on a phone (${lang})`, () => {
    test.use({ viewport: PHONE });

    test('the tool fits the screen; typed corners and a place search filter', async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.getByTestId('spatial-open').click();
      const panel = (await page.getByTestId('spatial-panel').boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId('area-west').fill('40.3');
      await page.getByTestId('area-south').fill('35');
      await page.getByTestId('area-east').fill('40.5');
      await page.getByTestId('area-north').fill('35.2');
      await page.getByTestId('area-apply').click();
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '5');
      await page.getByTestId('near-search').fill(t.search);
      await page.getByTestId('near-find').click();
      await page.getByTestId('near-hits').locator('[data-place-id="wof:1226134263"]').click();
      await expect(page).toHaveURL(/near=wof:1226134263,10/);
      // Inside the rectangle and within 10 km: al-Bulayl lies within 10 km but north of the rectangle.
      const expected = idsWhere((p) => km(p, BUSAYRAH) <= 10 && inBox(p, [40.3, 35, 40.5, 35.2]));
      expect(expected).toHaveLength(5);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', String(expected.length));
    });
  });

  test(`screenshots of the spatial tool (${lang})`, async ({ page }) => {
    for (const [name, size] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`/?lang=${lang}&map=9/35.12/40.45&area=40.41,35.1;40.6,35.17;40.41,35.17&near=wof:1226134263,10`);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '3');
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
      await page.screenshot({ path: `${SCREENSHOTS}/spatial-${lang}-${name}.png` });
      await page.getByTestId('spatial-open').click();
      await page.screenshot({ path: `${SCREENSHOTS}/spatial-${lang}-${name}-tool.png` });
    }
  });
}
