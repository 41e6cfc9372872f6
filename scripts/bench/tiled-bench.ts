/**
 * Benchmark of a tiled dataset at 1M operations (issue 16): the built app and the dataset served by nginx with
 * the deploy/ configuration (range requests, as an object store or CDN), opened with `data=…/manifest.json` in
 * Chromium: first map idle with the count shown, timeline steps (URL change → new count and map idle again),
 * the page's JS heap after load; and free-text search over the token index in Node (the worker's code, shards
 * read from disk and kept once decoded, as the worker keeps them), in a process of its own as the worker has.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { readIndex, type TiledManifest } from '../../src/domain/tiled-format';
import { searchTiled, type SearchColumns } from '../../src/domain/tiled-search';
import { decodeShard, type Shard } from '../../src/domain/token-index';
import { buildVocabulary } from '../../src/domain/search-vocabulary';
import type { Meta } from '../../src/domain/meta-schema';
import { startNginx } from '../nginx-harness';
import { launch, settle } from './browser-bench';

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (x: number) => Math.round(x * 10) / 10;

/** Changes the URL as the timeline does and waits for a new count and the map idle after it. */
async function step(page: Page, search: string): Promise<number> {
  return page.evaluate(
    (s) =>
      new Promise<number>((resolve, reject) => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]')!;
        const count = document.querySelector<HTMLElement>('[data-testid="op-count"]')!;
        const before = count.dataset.count;
        const t0 = performance.now();
        let busy = false;
        let counted = false;
        // No named helpers in here: the bundler would wrap them in a helper the page does not have.
        const obs = new MutationObserver(() => {
          if (map.dataset.mapIdle === 'false') busy = true;
          if (count.dataset.count !== before) counted = true;
          if (!counted || !busy || map.dataset.mapIdle !== 'true') return;
          obs.disconnect();
          resolve(performance.now() - t0);
        });
        obs.observe(map, { attributes: true, attributeFilter: ['data-map-idle'] });
        obs.observe(count, { attributes: true, attributeFilter: ['data-count'] });
        window.setTimeout(() => reject(new Error(`step ${s} never settled`)), 60_000);
        history.replaceState(null, '', s);
        dispatchEvent(new PopStateEvent('popstate'));
      }),
    search,
  );
}

export interface TiledBrowserResult {
  browser_1m_n: number;
  browser_1m_first_idle_ms: number;
  browser_1m_first_idle_runs_ms: number[];
  browser_1m_step_ms_p50: number;
  browser_1m_step_ms_p95: number;
  /** Every step, in order (with 20 steps the p95 is the slowest). */
  browser_1m_step_runs_ms: number[];
  browser_1m_heap_mb: number;
}

/** `dir`: a built tiled dataset; `dist`: the built app. */
export async function benchTiledBrowser(dist: string, dir: string, port: number, runs: number, steps: number) {
  const nginx = startNginx(dist, port);
  const url = (extra = '') => `${nginx.root}/?lang=en&data=bench-1m/manifest.json${extra}`;
  let browser: Awaited<ReturnType<typeof launch>> | null = null;
  try {
    // The dataset beside the app, as a deployment would put it (a link: a million records are not copied).
    symlinkSync(dir, join(nginx.www, 'bench-1m'));
    browser = await launch();
    const idle: number[] = [];
    let n = 0;
    let heap = 0;
    let page: Page | null = null;
    for (let r = 0; r < runs; r++) {
      await page?.close();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // When the count first shows (the worker's first answer), in the page's clock.
      await page.addInitScript(() => {
        const w = window as unknown as { __countAt?: number };
        new MutationObserver((_, obs) => {
          if (!document.querySelector('[data-testid="op-count"][data-count]')) return;
          w.__countAt = performance.now();
          obs.disconnect();
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-count'] });
      });
      await page.goto(url());
      await page.waitForSelector('[data-testid="map"][data-map-idle="true"]', { timeout: 120_000 });
      await page.waitForSelector('[data-testid="op-count"][data-count]', { timeout: 120_000 });
      // The later of the map's first idle and the count: when the view is usable.
      idle.push(
        await page.evaluate(() =>
          Math.max(
            performance.getEntriesByName('map-first-idle')[0]?.startTime ?? Infinity,
            (window as unknown as { __countAt?: number }).__countAt ?? Infinity,
          ),
        ),
      );
      n = Number(await page.getByTestId('op-count').getAttribute('data-count'));
    }
    const cdp = await page!.context().newCDPSession(page!);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heap = usedSize / 1e6;
    // A person does not step the timeline the instant the map first says idle (see `settle`).
    await settle(page!);
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const month = Math.round(((i + 1) * 154) / steps);
      const y = 2014 + Math.floor(month / 12);
      const m = (month % 12) + 1;
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      times.push(
        await step(page!, `?v=1&lang=en&data=bench-1m/manifest.json&to=${y}-${String(m).padStart(2, '0')}-${last}`),
      );
    }
    return {
      browser_1m_n: n,
      browser_1m_first_idle_ms: Math.round(percentile(idle, 50)),
      browser_1m_first_idle_runs_ms: idle.map(Math.round),
      browser_1m_step_ms_p50: round(percentile(times, 50)),
      browser_1m_step_ms_p95: round(percentile(times, 95)),
      browser_1m_step_runs_ms: times.map(Math.round),
      browser_1m_heap_mb: Math.round(heap),
    } satisfies TiledBrowserResult;
  } finally {
    await browser?.close();
    nginx.stop();
  }
}

/** Search p95 over the token index at 1M: each query once to warm its shards, then timed runs. */
export async function benchTiledSearch(dir: string, meta: Pick<Meta, 'taxonomy' | 'governorates'>, rounds = 5) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as TiledManifest;
  const bin = readFileSync(join(dir, manifest.files.index));
  const index = readIndex(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength), manifest.index.columns);
  const shards = new Map<number, Shard>();
  const load = async (k: number) => {
    let s = shards.get(k);
    if (!s) {
      s = decodeShard(new Uint8Array(readFileSync(join(dir, manifest.files.search.replace('{shard}', String(k))))));
      shards.set(k, s);
    }
    return s;
  };
  const vocabulary = buildVocabulary(meta);
  const records = JSON.parse(readFileSync(join(dir, 'records/0.json'), 'utf8')) as {
    properties: { place_en: string; place_ar: string };
  }[];
  // Place names in both scripts (as an analyst searches: one word, a whole name), labels (types, places).
  const queries = [
    ...records.slice(0, 12).flatMap((r) => [r.properties.place_en.split(' ')[0], r.properties.place_ar.split(' ')[0]]),
    ...records.slice(12, 16).map((r) => r.properties.place_en),
    'hostage',
    'رهائن',
    'Deir Ezzor',
    'الحسكة',
  ];
  const run = (q: string) =>
    searchTiled(
      q,
      manifest.count,
      manifest.search.shards,
      load,
      index as unknown as SearchColumns,
      manifest.values,
      vocabulary,
    );
  const cold: number[] = [];
  // A query the token index cannot answer (a shard's postings fail to decode) is counted and left out.
  const failed: string[] = [];
  for (const q of [...queries]) {
    const t0 = performance.now();
    try {
      await run(q);
      cold.push(performance.now() - t0);
    } catch {
      failed.push(q);
      queries.splice(queries.indexOf(q), 1);
    }
  }
  const warm: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of queries) {
      const t0 = performance.now();
      await run(q);
      warm.push(performance.now() - t0);
    }
  return {
    search_1m_ms_p50: round(percentile(warm, 50)),
    search_1m_ms_p95: round(percentile(warm, 95)),
    search_1m_first_ms_p95: round(percentile(cold, 95)),
    search_1m_queries: queries.length,
    search_1m_failed_queries: failed,
  };
}

/**
 * The 1M figures in one go: builds the synthetic dataset and its tiles once (kept in bench/, rebuilt when
 * missing), then measures the browser and the search. Null figures in `--quick` runs.
 */
export async function benchTiled1m(quick: boolean, log: (...a: unknown[]) => void) {
  if (quick)
    return {
      browser_1m_first_idle_ms: null,
      browser_1m_step_ms_p95: null,
      browser_1m_heap_mb: null,
      search_1m_ms_p95: null,
    };
  const dir = 'bench/tiled-1m';
  if (!existsSync(join(dir, 'manifest.json'))) {
    const input = 'bench/synth-1m.geojson';
    if (!existsSync(input))
      spawnSync('npx', ['tsx', 'scripts/synth.ts', '--n', '1000000', '--seed', '1', '--out', input], {
        stdio: 'inherit',
      });
    const built = spawnSync('npm', ['run', 'build:tiles', '--', '--in', input, '--out', dir], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('bench: build:tiles failed');
  }
  // In a process of its own, as the worker has a heap of its own (tiled-search-cli.ts).
  const run = spawnSync('npx', ['tsx', 'scripts/bench/tiled-search-cli.ts', dir, 'dist/data/meta.json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`bench: tiled search failed: ${run.stderr}`);
  const search = JSON.parse(run.stdout.trim().split('\n').pop()!) as Awaited<ReturnType<typeof benchTiledSearch>>;
  log(
    `tiled search at 1M: p50 ${search.search_1m_ms_p50} ms, p95 ${search.search_1m_ms_p95} ms (first run of each query p95 ${search.search_1m_first_ms_p95} ms)`,
  );
  const browser = await benchTiledBrowser('dist', resolve(dir), 4195, 3, 20);
  log(
    `tiled 1M in the browser (nginx, ranges): first idle ${browser.browser_1m_first_idle_ms} ms ${JSON.stringify(browser.browser_1m_first_idle_runs_ms)}, timeline step p50 ${browser.browser_1m_step_ms_p50} ms, p95 ${browser.browser_1m_step_ms_p95} ms, heap ${browser.browser_1m_heap_mb} MB`,
  );
  return { ...search, ...browser };
}
