import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // @fontsource packages export only their index.css; the alias reaches single weights and the woff2 files
    // that the map style's font-faces need.
    alias: { '@fontsource-files': fileURLToPath(new URL('./node_modules/@fontsource', import.meta.url)) },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
