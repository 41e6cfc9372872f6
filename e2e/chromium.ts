/**
 * How e2e tests and browser benchmarks launch Chromium here: the system browser (CHROMIUM_PATH, else
 * /usr/bin/chromium) with software WebGL (SwiftShader), no background networking; Playwright's own browser when
 * no system one exists. Never `--disable-gpu` (tech-notes: it paints ghost overlays into screenshots).
 */
import { existsSync } from 'node:fs';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunch = {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
};
