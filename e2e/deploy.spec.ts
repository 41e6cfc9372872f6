/**
 * The reference deployment (deploy/nginx): Debian's nginx, started here on a copy of the build and stopped
 * after, serves the atlas at the root and under a sub-path, with the security headers, caching, precompressed
 * files and byte ranges the configuration promises; the app runs under its Content-Security-Policy with no
 * violation, and a new deployment is announced by the service worker.
 */
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { hasBrotli, NGINX, startNginx, type Nginx } from '../scripts/nginx-harness';

const DIST = process.env.E2E_OUT ?? 'dist';
const PORT = 4181 + Number(process.env.E2E_PORT ?? 4173) - 4173;
let server: Nginx;
let ROOT = '';
let SUB = '';

test.describe.configure({ mode: 'serial' });
// CI installs nginx (.ci/run); a developer machine without it skips this spec and says why.
// eslint-disable-next-line playwright/no-skipped-test
test.skip(!existsSync(NGINX), 'nginx is not installed (.ci/run installs Debian nginx)');

test.beforeAll(() => {
  server = startNginx(DIST, PORT);
  ({ root: ROOT, sub: SUB } = server);
});

test.afterAll(() => server?.stop());

const CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' https://tile.openstreetmap.org https://server.arcgisonline.com; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors https: http://localhost:* http://127.0.0.1:*";

test('nginx serves the build with the security headers, caching, precompression and byte ranges', async ({
  request,
}) => {
  const page = await request.get(`${ROOT}/?lang=ar`);
  expect(page.status()).toBe(200);
  const h = page.headers();
  expect(h['content-security-policy']).toBe(CSP);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['permissions-policy']).toContain('geolocation=()');
  expect(h['cache-control']).toBe('no-cache');

  const html = await page.text();
  const asset = /src="\.\/(assets\/app-[^"]+\.js)"/.exec(html)![1];
  const js = await request.get(`${ROOT}/${asset}`, { headers: { 'Accept-Encoding': 'br' } });
  expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers()['content-encoding']).toBe(hasBrotli() ? 'br' : undefined);
  expect(js.headers()['content-security-policy']).toBe(CSP);
  const gz = await request.get(`${ROOT}/${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');

  for (const path of ['sw.js', 'data/meta.json', 'manifest.webmanifest'])
    expect((await request.get(`${ROOT}/${path}`)).headers()['cache-control'], path).toBe('no-cache');

  const range = await request.get(`${ROOT}/data/operations.geojson`, {
    headers: { Range: 'bytes=0-99', 'Accept-Encoding': 'identity' },
  });
  expect(range.status()).toBe(206);
  expect(await range.body()).toHaveLength(100);
  expect(range.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
});

/** Records every Content-Security-Policy violation the page reports. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

for (const lang of ['ar', 'en'] as const)
  test(`the atlas runs under the strict policy with no violation: map, evidence, charts, exports (${lang})`, async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    await page.goto(`${ROOT}/?lang=${lang}&op=2017-01-08-kubar&charts=1`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
    await expect(page.getByTestId('article-text').locator('mark').first()).toBeVisible();
    await expect(page.getByTestId('charts')).toBeVisible();
    await page.getByTestId('theme-switch').click();
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await violations()).toEqual([]);
  });

test('one build serves under a sub-path too', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto(`${SUB}?lang=ar&op=2017-01-08-kubar`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
  await expect(page.getByTestId('op-details')).toHaveAttribute('data-op-id', '2017-01-08-kubar');
  await expect(page.getByTestId('article-text').locator('mark').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test.describe('service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  for (const lang of ['ar', 'en'] as const)
    test(`a new deployment is announced with a reload button, never applied behind the person's back (${lang})`, async ({
      page,
    }) => {
      // Three full loads (the last one fetching a whole new precache) on a 2-core machine.
      test.slow();
      await page.goto(`${ROOT}/?lang=${lang}`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      });
      // A later visit, on the cached atlas.
      await page.reload();
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 15_000 });
      await expect(page.getByTestId('update-notice')).toHaveCount(0);
      // The next deployment: a service worker that differs (its precompressed copies go, as a deploy would).
      const sw = join(server.www, 'sw.js');
      appendFileSync(sw, `\n// deployment ${lang} ${Date.now()}\n`);
      rmSync(`${sw}.gz`, { force: true });
      rmSync(`${sw}.br`, { force: true });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.getByTestId('update-notice');
      await expect(notice).toContainText(lang === 'ar' ? 'نسخة جديدة' : 'A new version');
      const reloaded = page.waitForEvent('load');
      await page.getByTestId('update-reload').click();
      await reloaded;
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 30_000 });
      await expect(notice).toHaveCount(0);
    });
});
