/**
 * Builds the screens (renderer/) into dist/renderer, served by the HTTP
 * server and by the Electron shell's app:// protocol. Everything is bundled:
 * nothing loads from a CDN at run time.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
