/**
 * Browser benchmark in real Chromium against `vite preview`: timeline steps at 100k operations (filter change →
 * map idle) with the global-state time filter vs the naive setData baseline, cold load to first map idle on
 * the real dataset, and the JS sizes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../../e2e/chromium';

export async function launch() {
  return chromium.launch(chromiumLaunch);
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function waitIdle(page: Page, timeout = 180_000) {
  await page.waitForSelector('[data-testid="map"][data-map-idle="true"]', { timeout });
}

/** One timeline step: change the URL time range (as the brush does) and wait for the map to be idle again. */
async function step(page: Page, search: string): Promise<number> {
  return page.evaluate(
    (s) =>
      new Promise<number>((resolve, reject) => {
        const el = document.querySelector<HTMLElement>('[data-testid="map"]')!;
        const t0 = performance.now();
        let busy = false;
        const obs = new MutationObserver(() => {
          if (el.dataset.mapIdle === 'false') busy = true;
          else if (busy && el.dataset.mapIdle === 'true') {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(el, { attributes: true, attributeFilter: ['data-map-idle'] });
        window.setTimeout(() => reject(new Error(`step ${s} never reached idle`)), 30_000);
        history.replaceState(null, '', s);
        dispatchEvent(new PopStateEvent('popstate'));
      }),
    search,
  );
}

export async function benchSteps(base: string, dataPath: string, naive: boolean, steps: number) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const extra = naive ? '&bench-map=setdata' : '';
  const t0 = Date.now();
  await page.goto(`${base}/?lang=en&data=${dataPath}${extra}`);
  await waitIdle(page);
  const loadMs = Date.now() - t0;
  const count = await page.getByTestId('op-count').getAttribute('data-count');
  // Cumulative playback (the default): the end moves forward month by month across 2014–2026.
  const cumulative: number[] = [];
  for (let i = 0; i < steps; i++) {
    const month = Math.round(((i + 1) * 154) / steps);
    const y = 2014 + Math.floor(month / 12);
    const m = (month % 12) + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    cumulative.push(
      await step(page, `?v=1&lang=en&data=${dataPath}${extra}&to=${y}-${String(m).padStart(2, '0')}-${last}`),
    );
  }
  // A moving one-month window, as the moving-window playback does.
  const windowed: number[] = [];
  for (let i = 0; i < Math.max(4, steps / 3); i++) {
    const y = 2017 + Math.floor(i / 12);
    const m = String((i % 12) + 1).padStart(2, '0');
    const last = new Date(Date.UTC(y, (i % 12) + 1, 0)).getUTCDate();
    windowed.push(await step(page, `?v=1&lang=en&data=${dataPath}${extra}&from=${y}-${m}-01&to=${y}-${m}-${last}`));
  }
  const times = cumulative;
  await browser.close();
  return {
    count: Number(count),
    load_ms: loadMs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    window_p50: percentile(windowed, 50),
    window_p95: percentile(windowed, 95),
  };
}

export async function benchColdIdle(base: string, runs: number) {
  const browser = await launch();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/?lang=ar`);
    await waitIdle(page, 30_000);
    times.push(await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime));
    await context.close();
  }
  await browser.close();
  return { median: percentile(times, 50), runs: times.map(Math.round) };
}

/**
 * Gzip sizes: `initial` is every JS file the page asks for at start (the entry script and its modulepreloads,
 * which include the MapLibre chunk); `entry` is the same without the map chunk; `all` is every chunk.
 */
export function jsSizes(dist: string) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !f.includes('worker'));
  const isMap = (f: string) => f.includes('map-view');
  const kb = (b: number) => Math.round(b / 102.4) / 10;
  return {
    initial_js_gzip_kb: kb(initial.reduce((s, f) => s + gz(f), 0)),
    entry_js_gzip_kb: kb(initial.filter((f) => !isMap(f)).reduce((s, f) => s + gz(f), 0)),
    map_chunk_gzip_kb: kb(all.filter(isMap).reduce((s, f) => s + gz(`assets/${f}`), 0)),
    all_js_gzip_kb: kb(all.reduce((s, f) => s + gz(`assets/${f}`), 0)),
    initial_files: initial,
  };
}
