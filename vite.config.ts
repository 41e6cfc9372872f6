import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compressDir } from './scripts/compress';
import { defineConfig } from 'vitest/config';

/**
 * The map chunk (MapLibre) is imported dynamically so that the app does not wait to parse it; this starts its
 * download together with the entry chunk instead of after it.
 */
function preloadMapChunk(): Plugin {
  let base = '/';
  return {
    name: 'atlas-preload-map-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const map = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'map-view');
        if (!map || map.type !== 'chunk') return html;
        // The map chunk and what it imports statically (MapLibre may sit in a chunk shared with other views).
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (files.has(file) || !chunk || chunk.type !== 'chunk') return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        visit(map.fileName);
        const links = [...files]
          .filter((f) => !html.includes(f))
          .map((f) => `  <link rel="modulepreload" crossorigin href="${base}${f}">`)
          .join('\n');
        return html.replace('</head>', `${links}\n  </head>`);
      },
    },
  };
}

/**
 * Writes `.gz` and `.br` beside every text file of the build, for hosts that serve precompressed files (the
 * nginx configuration in deploy/). Runs last, after the service worker is written.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const { count, before, after } = compressDir(outDir);
        this.info(
          `precompressed ${count} files: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB brotli`,
        );
      },
    },
  };
}

export default defineConfig({
  // Relative by default: one build runs at the root of a host or under any sub-path, without rebuilding
  // (`npm run build -- --base /some/path/` still gives absolute URLs under that path).
  base: './',
  plugins: [
    react(),
    preloadMapChunk(),
    // Offline after one visit: a Workbox service worker precaches the app, every lazy chunk, the fonts, the
    // data, the basemap and the article texts. A new deployment is announced (prompt), never half-applied.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Airborne Operations Atlas · أطلس العمليات الجوية',
        short_name: 'Airborne Atlas',
        description:
          'Coalition airborne operations in Syria, from Arabic news reports · العمليات المحمولة جواً في سوريا',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f4f3ef',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,woff2,json,geojson,png,svg,webmanifest}'],
        // The MapLibre worker and the data are larger than Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Article texts are fetched with the data version (`?v=…`) so that a new deployment never serves a stale
        // one from the HTTP cache; the precache holds them under their plain path.
        ignoreURLParametersMatching: [/^v$/, /^utm_/],
        cleanupOutdatedCaches: true,
        // The first install takes control at once (offline from the first visit); later versions wait for the
        // person to reload (skipWaiting stays off: no half-updated page).
        clientsClaim: true,
      },
    }),
    precompress(),
  ],
  resolve: {
    // @fontsource packages export only their index.css; the alias reaches single weights and the woff2 files
    // that the map style's font-faces need.
    alias: { '@fontsource-files': fileURLToPath(new URL('./node_modules/@fontsource', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Everything the page needs at start in one chunk (besides MapLibre's), instead of a dozen small shared
    // chunks split off by the lazy modules: fewer requests and ~3 KB less gzip.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
});
