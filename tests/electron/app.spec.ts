/**
 * The packaged shell, end to end: Electron launches the built app, and the main window is
 * visible, not crashed, without DevTools, with secure web preferences and only the host
 * contract in the page. Skipped, with the reason, where the Electron binary is not installed
 * (it is downloaded on first install, which needs the network).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { HostApi } from '../../electron/ipc';
import { findElectronBinary } from '../../electron/scripts/electronBinary.mjs';

/** The page's window with the preload's API (declared for the renderer in electronHost.ts). */
type HostWindow = { lightpath?: HostApi };

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const electronBinary = findElectronBinary(projectDir);

test.describe('Electron shell', () => {
  test.skip(!electronBinary.found, electronBinary.found ? '' : electronBinary.reason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    if (!electronBinary.found) return;
    const build = spawnSync(
      process.execPath,
      ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
      {
        cwd: projectDir,
        encoding: 'utf8',
      },
    );
    expect(build.status, build.stderr).toBe(0);
    // ELECTRON_RUN_AS_NODE would make the binary plain Node and ignore the app.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          entry[0] !== 'ELECTRON_RUN_AS_NODE' && entry[1] !== undefined,
      ),
    );
    app = await _electron.launch({
      executablePath: electronBinary.path,
      args: [projectDir],
      cwd: projectDir,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('the main window is visible, alive and without DevTools', async () => {
    await expect
      .poll(() =>
        app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()),
      )
      .toBe(true);
    const state = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return {
        isCrashed: contents.isCrashed(),
        isDevToolsOpened: contents.isDevToolsOpened(),
        url: contents.getURL(),
      };
    });
    expect(state).toEqual({
      isCrashed: false,
      isDevToolsOpened: false,
      url: 'app://studio/index.html',
    });
  });

  test('web preferences are secure', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences exists at run time but is missing from electron.d.ts.
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): Electron.WebPreferences | null;
      };
      const p = contents.getLastWebPreferences();
      return {
        contextIsolation: p?.contextIsolation,
        sandbox: p?.sandbox,
        nodeIntegration: p?.nodeIntegration,
        webSecurity: p?.webSecurity,
        webviewTag: p?.webviewTag,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  test('the page sees the host contract and no Node or Electron internals', async () => {
    const seen = await page.evaluate(() => ({
      kind: (window as unknown as HostWindow).lightpath?.kind,
      functions: Object.keys((window as unknown as HostWindow).lightpath ?? {}).sort(),
      hasRequire: 'require' in window,
      hasProcess: 'process' in window,
      evalBlocked: (() => {
        try {
          return new Function('return 1')() !== 1;
        } catch {
          return true;
        }
      })(),
    }));
    expect(seen.kind).toBe('electron');
    expect(seen.functions).toContain('saveDocument');
    expect(seen.functions).toContain('onMenuAction');
    expect(seen).toMatchObject({ hasRequire: false, hasProcess: false, evalBlocked: true });
  });

  test('navigation and new windows are refused', async () => {
    await page.evaluate(() => {
      window.open('https://example.com/', '_blank');
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()),
    );
    expect(windows).toEqual(['app://studio/index.html']);
  });
});
