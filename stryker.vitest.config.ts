/**
 * The Vitest config Stryker runs the unit tests with (stryker.config.js): the app's own, with a longer per-test
 * timeout, because instrumented code (every mutant behind a switch) runs the property tests several times slower.
 */
import { mergeConfig } from 'vitest/config';
import base from './vite.config';

export default mergeConfig(base, { test: { testTimeout: 60_000 } });
