import { expect, expectNoExternal, guardExternal, test } from './helpers';

for (const lang of ['ar', 'en'] as const)
  test(`a link naming an online basemap contacts nobody until the person agrees (${lang})`, async ({ page }) => {
    const external = await guardExternal(page);
    await page.goto(`/?lang=${lang}&base=osm`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    const consent = page.getByTestId('basemap-consent');
    await expect(consent).toContainText('tile.openstreetmap.org');
    await expect(page.getByTestId('basemap-switch')).toHaveValue('embedded');
    expectNoExternal(external);
    // Agreeing loads the tiles (refused here, as offline: the embedded map comes back with a notice).
    await page.getByTestId('basemap-consent-load').click();
    await expect.poll(() => external.some((u) => u.includes('tile.openstreetmap.org'))).toBe(true);
    await expect(consent).toHaveCount(0);
  });

test('keeping the embedded map drops the online basemap from the link', async ({ page }) => {
  const external = await guardExternal(page);
  await page.goto('/?lang=en&base=satellite');
  await page.getByTestId('basemap-consent').getByRole('button', { name: 'Keep the embedded map' }).click();
  await expect(page).not.toHaveURL(/base=/);
  await expect(page.getByTestId('basemap-consent')).toHaveCount(0);
  expectNoExternal(external);
});

for (const lang of ['ar', 'en'] as const)
  test(`when the map's worker cannot load, an alert says so and the rest keeps working (${lang})`, async ({ page }) => {
    await page.route(/maplibre-gl-worker[^/]*\.mjs/, (route) => route.abort('blockedbyclient'));
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('map-failed')).toContainText(lang === 'ar' ? 'العامل الخلفي' : 'background worker', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
    await page.getByTestId('op-list').locator('[data-op-id="2017-01-08-kubar"] button').click();
    await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', '2017-01-08-kubar');
  });
