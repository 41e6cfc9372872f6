/**
 * `npm run bench`: every figure measured in one run, ratios against baselines from the same run, written to
 * bench/results.json. `--quick` runs a smaller version (smoke). Needs a built dist/ (npm run bench builds it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseGazetteer } from './data-build/gazetteer';
import { benchColdIdle, benchSteps, benchThrottled } from './bench/browser-bench';
import { benchDataLink, benchImport } from './bench/import-bench';
import { jsBudget, jsBudgetLine, jsSizes } from './bench/js-sizes';
import { benchTiled1m } from './bench/tiled-bench';
import { NGINX, startNginx } from './nginx-harness';
import { benchAreas, benchFilters, type AreaBenchResult } from './bench/filter-bench';
import { loadFilterExtras } from '../src/domain/filter-extras';
import { synthesize, synthFeatures } from './synth/synth';
import { toCsv } from '../src/features/export/exporters';
import { writeAtomic } from './write-atomic';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick!;
const { places } = parseGazetteer(readFileSync('data/gazetteer/gazetteer-sy.tsv', 'utf8'));
const log = (...a: unknown[]) => console.log('[bench]', ...a);

// 1. Node: engine vs naive filter (the engine's search and area parts loaded first, as the page does on need).
await loadFilterExtras();
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const filter = [];
let area: AreaBenchResult | null = null;
for (const n of sizes) {
  // Objects as the app has them: parsed from JSON (not built by spreading literals, which V8 stores differently).
  const ops = Array.from(synthFeatures(places, { n, seed: 1 }), (f) => JSON.parse(JSON.stringify(f)));
  const r = benchFilters(ops, n >= 1_000_000 ? 5 : 20);
  log(
    `filter n=${n}: engine p50 ${r.engine_p50} ms (p95 ${r.engine_p95}), naive p50 ${r.naive_p50} ms → ${r.speedup_p50}× (engine build ${r.build_ms} ms)`,
  );
  filter.push(r);
  if (n === sizes[sizes.length - 1]) {
    area = benchAreas(ops, quick ? 5 : 15);
    log(
      `area n=${n}: engine p50 ${area.area_filter_ms_p50} ms (p95 ${area.area_filter_ms_p95}), point-in-polygon p50 ${area.area_baseline_ms_p50} ms → ${area.area_speedup_p50}× (grid build ${area.area_index_build_ms} ms)`,
    );
  }
}

// 2. Browser: serve dist/ with a 100k synthetic dataset beside it.
const N = quick ? 20_000 : 100_000;
mkdirSync('dist/bench', { recursive: true });
await new Promise<void>((resolve) => {
  const out = createWriteStream('dist/bench/synth.geojson');
  for (const chunk of synthesize(places, { n: N, seed: 1 })) out.write(chunk);
  out.end(resolve);
});
const PORT = 4180;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
try {
  const steps = quick ? 8 : 30;
  const fast = await benchSteps(base, '/bench/synth.geojson', false, steps);
  log(
    `timeline step at ${fast.count} ops (diff updates): cumulative p50 ${fast.p50.toFixed(1)} ms, p95 ${fast.p95.toFixed(1)} ms; moving window p50 ${fast.window_p50.toFixed(1)} ms, p95 ${fast.window_p95.toFixed(1)} ms (load ${fast.load_ms} ms)`,
  );
  const naive = await benchSteps(base, '/bench/synth.geojson', true, steps);
  log(
    `timeline step at ${naive.count} ops (naive setData): cumulative p50 ${naive.p50.toFixed(1)} ms, p95 ${naive.p95.toFixed(1)} ms; moving window p50 ${naive.window_p50.toFixed(1)} ms, p95 ${naive.window_p95.toFixed(1)} ms`,
  );
  // The same synthetic file opened as a local file (file input → worker → shown), on the real atlas data.
  const imported = await benchImport(base, 'dist/bench/synth.geojson', quick ? 1 : 3);
  log(
    `open a local file of ${N} ops: shown after ${imported.ms} ms ${JSON.stringify(imported.runs)}, longest main-thread task ${imported.longest_task_ms} ms ${JSON.stringify(imported.longest_runs)}`,
  );
  // The same operations as a CSV, as the atlas's own export writes them (English headers): its rows are mapped
  // onto the published form and checked, in the import worker, once the whole file is read.
  const { features } = JSON.parse(readFileSync('dist/bench/synth.geojson', 'utf8'));
  const labels = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')).export.columns;
  const meta = JSON.parse(readFileSync('public/data/meta.json', 'utf8'));
  const source = { name: 'synth', version: 'synth-1', synthetic: true, atlas: false };
  writeFileSync(
    'dist/bench/synth.csv',
    toCsv(features, { meta, lang: 'en', source }, (id) => labels[id]),
  );
  const csvMb = Math.round(statSync('dist/bench/synth.csv').size / 1e6);
  const csv = await benchImport(base, 'dist/bench/synth.csv', quick ? 1 : 3);
  log(
    `open a local CSV of ${N} rows (${csvMb} MB): shown after ${csv.ms} ms ${JSON.stringify(csv.runs)}, longest main-thread task ${csv.longest_task_ms} ms ${JSON.stringify(csv.longest_runs)}`,
  );
  const parsedOnPage = await benchDataLink(base, '/bench/synth.geojson');
  log(
    `baseline: the same file by a data= link (parsed on the main thread): shown after ${parsedOnPage.ms} ms, longest main-thread task ${parsedOnPage.longest_task_ms} ms`,
  );
  const cold = await benchColdIdle(base, quick ? 2 : 5);
  log(`cold load to first map idle (real data, ar): median ${Math.round(cold.median)} ms ${JSON.stringify(cold.runs)}`);
  // Served as a real host would (nginx with the deploy/ configuration: compression, caching), throttled.
  const nginx = existsSync(NGINX) ? startNginx('dist', 4190) : null;
  let throttled;
  try {
    throttled = await benchThrottled(nginx?.root ?? base, quick ? 2 : 5);
  } finally {
    nginx?.stop();
  }
  log(
    `first map idle at 10 Mbit/s, 40 ms (${nginx ? 'nginx' : 'vite preview'}): cold median ${Math.round(throttled.cold_median)} ms ${JSON.stringify(throttled.cold_runs)}, repeat median ${Math.round(throttled.repeat_median)} ms ${JSON.stringify(throttled.repeat_runs)} → ${(throttled.repeat_median / throttled.cold_median).toFixed(2)} of cold`,
  );
  // The same build with source maps, to tell the atlas's own code from the libraries.
  spawnSync('npx', ['vite', 'build', '--sourcemap', '--outDir', 'dist-sizes', '--emptyOutDir'], { stdio: 'ignore' });
  const js = jsSizes('dist', 'dist-sizes');
  log(
    `JS at start ${js.initial_js_gzip_kb} KB gzip (app ${js.entry_js_gzip_kb} KB + map and MapLibre ${js.map_chunk_gzip_kb} KB, preloaded), the atlas's own code ${js.own_js_start_gzip_kb} KB; all JS ${js.all_js_gzip_kb} KB`,
  );
  log(jsBudgetLine(js));

  // A tiled dataset of 1M operations served with range requests (issue 16).
  const tiled = await benchTiled1m(quick, log);

  const biggest = filter[filter.length - 1];
  const results = {
    measured_at: new Date().toISOString(),
    quick,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    n: biggest.n,
    filter_ms_p50: biggest.engine_p50,
    filter_ms_p95: biggest.engine_p95,
    baseline_filter_ms_p50: biggest.naive_p50,
    filter_speedup_p50: biggest.speedup_p50,
    filter_by_size: filter,
    area_filter_1m_ms: area && { p50: area.area_filter_ms_p50, p95: area.area_filter_ms_p95 },
    baseline_area_filter_1m_ms: area && { p50: area.area_baseline_ms_p50, p95: area.area_baseline_ms_p95 },
    area_bench: area,
    browser_n: fast.count,
    browser_step_ms_p50: Math.round(fast.p50 * 10) / 10,
    browser_step_ms_p95: Math.round(fast.p95 * 10) / 10,
    baseline_browser_step_ms_p50: Math.round(naive.p50 * 10) / 10,
    baseline_browser_step_ms_p95: Math.round(naive.p95 * 10) / 10,
    browser_step_ratio_p95: Math.round((fast.p95 / naive.p95) * 1000) / 1000,
    browser_step_ratio_p50: Math.round((fast.p50 / naive.p50) * 1000) / 1000,
    browser_window_step_ms_p50: Math.round(fast.window_p50 * 10) / 10,
    browser_window_step_ms_p95: Math.round(fast.window_p95 * 10) / 10,
    baseline_browser_window_step_ms_p50: Math.round(naive.window_p50 * 10) / 10,
    baseline_browser_window_step_ms_p95: Math.round(naive.window_p95 * 10) / 10,
    browser_load_ms: fast.load_ms,
    import_n: N,
    import_100k_ms: imported.ms,
    import_longest_task_ms: imported.longest_task_ms,
    import_runs: { ms: imported.runs, longest_task_ms: imported.longest_runs },
    import_100k_csv_ms: csv.ms,
    import_csv_longest_task_ms: csv.longest_task_ms,
    import_csv_runs: { ms: csv.runs, longest_task_ms: csv.longest_runs, mb: csvMb },
    baseline_import_100k_ms: parsedOnPage.ms,
    baseline_import_longest_task_ms: parsedOnPage.longest_task_ms,
    cold_idle_ms: Math.round(cold.median),
    cold_idle_runs_ms: cold.runs,
    cold_idle_throttled_ms: Math.round(throttled.cold_median),
    repeat_idle_throttled_ms: Math.round(throttled.repeat_median),
    repeat_to_cold_throttled: Math.round((throttled.repeat_median / throttled.cold_median) * 100) / 100,
    throttled_server: nginx ? 'nginx (deploy/nginx)' : 'vite preview',
    throttled_runs_ms: { cold: throttled.cold_runs, repeat: throttled.repeat_runs },
    ...js,
    js_budget: jsBudget(js),
    ...tiled,
  };
  mkdirSync('bench', { recursive: true });
  writeAtomic({ 'bench/results.json': JSON.stringify(results, null, 2) + '\n' });
  log('wrote bench/results.json');
} finally {
  server.kill();
}
