import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer bundle. `base: './'` keeps asset URLs relative, so the same build loads from the app's
// own protocol in Electron and from the static server of the browser tests.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 41 ships a recent Chromium; no legacy syntax or polyfills are needed.
    target: 'chrome130',
    // Chromium supports modulepreload natively: skip the polyfill.
    modulePreload: { polyfill: false },
    // Assets stay files rather than data: URLs so the CSP stays narrow.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
