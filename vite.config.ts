import { defineConfig } from 'vite';

// The renderer is built once and served as static files by every host (Electron's app://
// protocol, the E2E bridge, the dev web host), so the same CSP applies everywhere and no
// inline dev-server scripts are ever needed.
export default defineConfig({
  root: 'renderer',
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
