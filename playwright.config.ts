/**
 * End-to-end tests. Project "web": the browser build served by `vite preview`, in
 * Debian's Chromium with WebGL through SwiftShader. Project "electron": tests/electron,
 * which skip themselves (with the reason) where the Electron binary is not installed.
 */
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_WEBGL_ARGS } from './electron/cli/chromiumArgs';

/**
 * Port and build folder of the served web build. Defaults: 4173 and dist-web (what
 * `npm run build:web` writes). Several people testing in one working tree at once can give
 * each run its own, e.g. `LIGHTPATH_E2E_PORT=4273 LIGHTPATH_E2E_OUTDIR=.test-output/web-4273`.
 */
const PORT = Number(process.env.LIGHTPATH_E2E_PORT ?? 4173);
// vite resolves --outDir against its root (renderer/), so pass an absolute path.
const OUT_DIR = process.env.LIGHTPATH_E2E_OUTDIR
  ? resolve(process.env.LIGHTPATH_E2E_OUTDIR)
  : undefined;
const BUILD = OUT_DIR
  ? `npx vite build --config vite.web.config.ts --outDir ${OUT_DIR}`
  : 'npm run build:web';
const PREVIEW = `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort${OUT_DIR ? ` --outDir ${OUT_DIR}` : ''}`;

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  outputDir: '.test-output/playwright-artifacts',
  reporter: [['list'], ['json', { outputFile: '.test-output/playwright.json' }]],
  webServer: {
    command: `${BUILD} && ${PREVIEW}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${PORT}`,
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true,
        launchOptions: { executablePath: '/usr/bin/chromium', args: [...CHROMIUM_WEBGL_ARGS] },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
