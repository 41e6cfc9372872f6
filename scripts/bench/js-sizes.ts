/**
 * JS at start, gzip: every file the page asks for at start (the entry script and its modulepreloads, MapLibre's
 * chunk included), and within them the atlas's own code (src/, the locale files included), attributed from the
 * source maps of a build made with `--sourcemap` (`own` is the gzip size of the generated code mapped to src/).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const kb = (b: number) => Math.round(b / 102.4) / 10;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

export function initialFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
}

/** The generated code of `file` that its source map attributes to the atlas's own sources. */
function ownCode(file: string): string {
  if (!existsSync(`${file}.map`)) return '';
  const code = readFileSync(file, 'utf8').split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  let own = '';
  let last: { line: number; column: number; source: string | null } | null = null;
  map.eachMapping((m) => {
    if (last && last.line === m.generatedLine && last.source && /(^|\/)src\//.test(last.source))
      own += code[last.line - 1].slice(last.column, m.generatedColumn);
    last = { line: m.generatedLine, column: m.generatedColumn, source: m.source };
  });
  return own;
}

export function jsSizes(dist: string, mapped?: string) {
  const initial = initialFiles(dist);
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !f.includes('worker'));
  const size = (f: string) => gz(readFileSync(join(dist, f)));
  const isMap = (f: string) => f.includes('map-view') || f.includes('maplibre') || f.includes('style-');
  const own = mapped
    ? initialFiles(mapped)
        .map((f) => ownCode(join(mapped, f)))
        .join('\n')
    : null;
  return {
    initial_js_gzip_kb: kb(initial.reduce((s, f) => s + size(f), 0)),
    entry_js_gzip_kb: kb(initial.filter((f) => !isMap(f)).reduce((s, f) => s + size(f), 0)),
    map_chunk_gzip_kb: kb(initial.filter(isMap).reduce((s, f) => s + size(f), 0)),
    own_js_start_gzip_kb: own === null ? null : kb(gz(own)),
    all_js_gzip_kb: kb(all.reduce((s, f) => s + size(`assets/${f}`), 0)),
    initial_files: initial,
  };
}

/** The load-speed goals (issue 14), KB gzip: every JS file at start, and the atlas's own code within them. */
export const JS_BUDGET = { initial_js_gzip_kb: 415, own_js_start_gzip_kb: 30 } as const;

/** Each goal with its measure and whether it is met (the own code is unmeasured without the source-mapped build). */
export function jsBudget(sizes: Pick<ReturnType<typeof jsSizes>, keyof typeof JS_BUDGET>) {
  return (Object.keys(JS_BUDGET) as (keyof typeof JS_BUDGET)[]).map((key) => {
    const kb = sizes[key];
    return { key, kb, max: JS_BUDGET[key], met: kb !== null && kb <= JS_BUDGET[key] };
  });
}

/** One line for the bench log: `JS budget: initial_js_gzip_kb 413.3 ≤ 415 ✓, own_js_start_gzip_kb 38.4 ≤ 30 ✘`. */
export const jsBudgetLine = (sizes: Parameters<typeof jsBudget>[0]) =>
  `JS budget: ${jsBudget(sizes)
    .map((b) => `${b.key} ${b.kb ?? 'unmeasured'} ≤ ${b.max} ${b.met ? '✓' : '✘'}`)
    .join(', ')}`;
