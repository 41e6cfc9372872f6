/**
 * Browser benchmark in real Chromium against `vite preview`: timeline steps at 100k operations (filter change →
 * map idle) with the global-state time filter vs the naive setData baseline, cold load to first map idle on
 * the real dataset, and the JS sizes.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../../e2e/chromium';

/**
 * Waits until the page has settled: three animation frames in a row at display pace. Under software WebGL the GPU
 * process may still be rasterizing the first view (the map's frame, painted once complete, and the page's) for
 * 0.3–0.5 s after the map says idle; a canvas resize or a re-layout in that time waits for it. Measurements of
 * what a person does next (open a file, step the timeline) start from a settled page.
 */
export async function settle(page: Page) {
  // No named helpers in here: the bundler would wrap them in a helper the page does not have.
  await page.evaluate(async () => {
    const start = performance.now();
    let last = start;
    // At most 5 s: a page that never settles is measured as it is rather than waited for forever.
    for (let calm = 0; calm < 3 && last - start < 5000;) {
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      calm = now - last < 34 ? calm + 1 : 0;
      last = now;
    }
  });
}

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

/** Chromium's network emulation for "a realistic connection": 10 Mbit/s down, 5 up, 40 ms latency. */
const NETWORK = { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 };

/**
 * First map idle on a throttled connection: cold (a fresh browser profile) and repeat (the same profile after one
 * visit, the service worker in control). The server should compress as a real host does (the nginx harness).
 */
export async function benchThrottled(base: string, runs: number) {
  const browser = await launch();
  const cold: number[] = [];
  const repeat: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await page.goto(`${base}/?lang=ar`);
    await waitIdle(page, 60_000);
    cold.push(await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime));
    // Wait until the service worker controls the page and has precached everything, as after a real visit.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.reload();
    await waitIdle(page, 60_000);
    repeat.push(await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0].startTime));
    await context.close();
  }
  await browser.close();
  return {
    cold_median: percentile(cold, 50),
    repeat_median: percentile(repeat, 50),
    cold_runs: cold.map(Math.round),
    repeat_runs: repeat.map(Math.round),
  };
}
