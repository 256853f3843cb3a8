/**
 * Browser build of the studio renderer (`npm run build:web`, `npm run web`).
 * Same renderer as the Electron build; the host adapter is picked at run time
 * (renderer/src/main.tsx), so this build talks to the browser adapter.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist-web', import.meta.url));

export default defineConfig({
  root: rootDir,
  base: './',
  plugins: [react()],
  // assets/examples and assets/parts are imported from outside the renderer root.
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
});
