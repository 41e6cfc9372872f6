// @ts-check
/**
 * Mutation testing (StrykerJS + its Vitest runner): `npm run test:mutation`. Not part of `npm test` (too slow for
 * CI); CONTRIBUTING "Mutation testing: the habit" says when to run it and how to read the report.
 *
 * Mutates pure cores only: code a unit test reaches in-process, nothing that reads files or argv.
 * A full run writes reports/mutation/mutation.{json,html}. A subset (`npm run test:mutation -- --mutate FILE`)
 * writes its report and its incremental results under reports/mutation/subsets/<files>/, so that it neither
 * replaces the full report nor throws away the full run's incremental results (Stryker keeps only the mutants of
 * the last run in its incremental file).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */

/** The `--mutate` argument of this run, if any. */
function mutateArgument() {
  const i = process.argv.findIndex((a) => a === '--mutate' || a === '-m' || a.startsWith('--mutate='));
  if (i < 0) return null;
  const arg = process.argv[i];
  return arg.startsWith('--mutate=') ? arg.slice('--mutate='.length) : (process.argv[i + 1] ?? null);
}

const subset = mutateArgument();
/** `STRYKER_TESTS=file,file` (stryker.vitest.config.ts): only those tests run, so results go to a folder of their own. */
const only = process.env.STRYKER_TESTS;
const folder = (s) =>
  s
    .replace(/[^\w.-]+/g, '_')
    .replace(/^_+/, '')
    .slice(0, 80);
const out =
  subset || only
    ? `reports/mutation/subsets/${folder(subset ?? 'all')}${only ? `--tests-${folder(only)}` : ''}`
    : 'reports/mutation';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  // The cores issue 11 names and the pure cores added since (spatial filters): ~3,200 mutants. All of src/domain,
  // scripts/data-build and scripts/ingest would be 80 files and ~11,400 mutants, hours on 2 cores; mutate any
  // other core on its own with `--mutate FILE` (the CLIs and file readers are not worth it: their tests run them
  // in child processes, where no mutant is ever active).
  mutate: [
    'src/domain/filter-engine.ts',
    'src/domain/filters.ts',
    'src/domain/arabic.ts',
    'src/domain/search.ts',
    'src/domain/spatial.ts',
    'src/domain/spatial-index.ts',
    'src/features/url-state/codec.ts',
    'scripts/data-build/build.ts',
    'scripts/ingest/dates.ts',
    'scripts/ingest/geocode.ts',
  ],
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // Mutants in module-level code (lexicon tables, schemas, constants) would need every test re-run in a fresh
  // module graph; their behaviour is pinned through the functions that use them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  // Two cores on CI; pass `--concurrency 1` on a shared machine.
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${out}/mutation.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowEmojis: false, logTests: false, reportMutants: false, reportScoreTable: true },
  // Colours of the report: green from 90 %, red under 85 % (the targets of issue 11). Never fails the run.
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'dist-*', 'reports', 'test-results*', 'e2e/screenshots', 'bench', 'public/data'],
};
