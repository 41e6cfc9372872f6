import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'map-view');
        if (!chunk) return html;
        return html.replace(
          '</head>',
          `  <link rel="modulepreload" crossorigin href="${base}${chunk.fileName}">\n  </head>`,
        );
      },
    },
  };
}

export default defineConfig({
  // Relative by default: one build runs at the root of a host or under any sub-path, without rebuilding
  // (`npm run build -- --base /some/path/` still gives absolute URLs under that path).
  base: './',
  plugins: [react(), preloadMapChunk()],
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
  },
});
