/**
 * Opening a large local file in real Chromium: the file set on the file input as an analyst would choose it,
 * the time until the page shows its operations (the count), and the longest main-thread task meanwhile and until
 * the map is idle again (PerformanceObserver 'longtask': tasks over 50 ms). Baseline: the same file opened by a
 * `data=` link, which parses it on the main thread as local files were before the import worker.
 */
import { launch, settle } from './browser-bench';

export async function benchImport(base: string, file: string, runs: number) {
  const browser = await launch();
  const times: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/?lang=en`);
    await page.waitForSelector('[data-testid="map"][data-map-idle="true"]', { timeout: 60_000 });
    // A person does not choose a file the instant the map first says idle (see `settle`).
    await settle(page);
    const before = await page.getByTestId('op-count').getAttribute('data-count');
    await page.evaluate((count) => {
      const w = window as unknown as { bench: { t0: number; shown: number; idle: number; tasks: number[] } };
      w.bench = { t0: 0, shown: 0, idle: 0, tasks: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.bench.tasks.push(e.duration);
      }).observe({ type: 'longtask' });
      document.addEventListener('change', (e) => (w.bench.t0 = e.timeStamp), { capture: true, once: true });
      const map = document.querySelector<HTMLElement>('[data-testid="map"]')!;
      new MutationObserver(() => {
        const shown = document.querySelector('[data-testid="op-count"]')?.getAttribute('data-count');
        if (!w.bench.shown && shown && shown !== count) w.bench.shown = performance.now();
        if (w.bench.shown && !w.bench.idle && map.dataset.mapIdle === 'true') w.bench.idle = performance.now();
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-count', 'data-map-idle'] });
    }, before);
    await page.getByTestId('open-file-input').setInputFiles(file);
    await page.waitForFunction(() => (window as unknown as { bench: { idle: number } }).bench.idle > 0, null, {
      timeout: 180_000,
      polling: 200,
    });
    const r = await page.evaluate(
      () => (window as unknown as { bench: { t0: number; shown: number; tasks: number[] } }).bench,
    );
    times.push(r.shown - r.t0);
    longest.push(Math.max(0, ...r.tasks));
    await page.close();
  }
  await browser.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    ms: Math.round(median(times)),
    longest_task_ms: Math.round(median(longest)),
    runs: times.map(Math.round),
    longest_runs: longest.map(Math.round),
  };
}

/** The baseline: `?data=` with the same file, from navigation to its operations shown and the map idle. */
export async function benchDataLink(base: string, path: string) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const w = window as unknown as { tasks: number[] };
    w.tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(`${base}/?lang=en&data=${path}`);
  await page.waitForSelector('[data-testid="dataset-banner"]', { timeout: 180_000 });
  const shown = await page.evaluate(() => performance.now());
  await page.waitForSelector('[data-testid="map"][data-map-idle="true"]', { timeout: 180_000 });
  const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
  await browser.close();
  return { ms: Math.round(shown), longest_task_ms: Math.round(Math.max(0, ...tasks)) };
}
