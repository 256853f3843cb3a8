/**
 * Electron build (`npm run build:electron`, `npm start`): main process, sandboxed preload
 * and the renderer, each into out/. The renderer is the same one `vite.web.config.ts`
 * builds for the browser; only its host adapter differs, picked at run time.
 */
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

function fromRoot(relativePath: string): string {
  return fileURLToPath(new URL(relativePath, import.meta.url));
}

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Bundle zod and the contract into the main bundle so out/ runs without node_modules.
      externalizeDeps: false,
      rollupOptions: { input: { index: fromRoot('./electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload may require only 'electron' and a few built-ins, so bundle the rest.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: fromRoot('./electron/preload/index.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    base: './',
    plugins: [react()],
    server: { fs: { allow: [fromRoot('.')] } },
    build: {
      outDir: fromRoot('./out/renderer'),
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: fromRoot('./renderer/index.html') } },
    },
    worker: { format: 'es' },
  },
});
