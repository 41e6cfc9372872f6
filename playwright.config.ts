/**
 * E2E against `vite preview` of the production build, in the system Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium) with the SwiftShader flags from tech-notes; Playwright's own browser when neither exists.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './e2e/chromium';

// Another port and output folder (E2E_PORT, E2E_OUT) let two checkouts' or sessions' suites run side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = process.env.E2E_OUT ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: PORT === 4173 ? 'test-results' : `test-results-${PORT}`,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunch,
    // The service worker would precache ~3 MB in every test's fresh context; only the offline spec allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npm run build:data && npx vite build --outDir ${OUT} --emptyOutDir && npx vite preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
