/**
 * Bundles the Electron preload (electron/preload.ts) with the operation names
 * into dist/electron/preload.cjs: a sandboxed preload is one CommonJS script
 * that may require only `electron`.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // The screens' index.html lives in renderer/; this build has no HTML and no public folder.
  publicDir: false,
  build: {
    lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    outDir: 'dist/electron',
    // tsc writes the rest of dist/electron first.
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    rolldownOptions: { external: ['electron'] },
  },
});
