/**
 * The Vitest config Stryker runs the unit tests with (stryker.config.js): the app's own, with a longer per-test
 * timeout, because instrumented code (every mutant behind a switch) runs the property tests several times slower.
 * `STRYKER_TESTS=file,file` runs only those test files: a quick lower bound for one core from its own tests (the
 * report goes to a folder of its own, see stryker.config.js).
 */
import { mergeConfig } from 'vitest/config';
import base from './vite.config';

const only = process.env.STRYKER_TESTS?.split(',').filter(Boolean);
const config = mergeConfig(base, { test: { testTimeout: 60_000 } });
if (only?.length) config.test!.include = only;

export default config;
