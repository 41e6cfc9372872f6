// @ts-check
/**
 * Mutation testing (StrykerJS + its Vitest runner): `npm run test:mutation`. Not part of `npm test` (too slow for
 * CI); see CONTRIBUTING "Mutation testing: the habit" for how to run a subset and read the report.
 * Mutates the pure cores only: everything a unit test can reach in-process, nothing that reads files or argv.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  mutate: [
    'src/domain/**/*.ts',
    'src/features/url-state/codec.ts',
    'scripts/data-build/*.ts',
    'scripts/ingest/*.ts',
    '!**/*.test.ts',
    // Test helpers, types only, and the thin file-reading / argv parts (exercised by CLI tests in child processes,
    // where no mutant is ever active).
    '!src/domain/test-ops.ts',
    '!scripts/**/types.ts',
    '!scripts/data-build/read-inputs.ts',
    '!scripts/ingest/{cli,eval,load,test-data}.ts',
  ],
  // Per-test coverage: each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // Mutants in module-level code (lexicon tables, constants) would need every test re-run with a fresh module
  // graph; their behaviour is pinned through the functions that use them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Two cores on CI; pass `--concurrency 1` on a shared machine.
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'dist-*', 'reports', 'test-results*', 'e2e/screenshots', 'bench', 'public/data'],
};
