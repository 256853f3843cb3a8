/**
 * Builds the `lightpath` CLI for Node: electron/cli/main.ts → out/cli/lightpath.mjs (one ES
 * module; zod, immer and the part library bundled in, Node built-ins left external).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'electron/cli/main.ts',
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'lightpath.mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
