/**
 * The shell end to end. First the built renderer, served exactly as the app:// handler serves
 * it, must start and draw in Debian's Chromium without CSP violations (runs everywhere). Then
 * Electron launches the built app, and the main window must be visible, not crashed, without
 * DevTools, with secure web preferences and only the host contract in the page: skipped, with
 * the reason, where the Electron binary is not installed (it is downloaded on first install,
 * which needs the network).
 */
import { fileURLToPath } from 'node:url';
import {
  _electron,
  chromium,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import type { HostApi } from '../../electron/ipc';
import { findElectronBinary } from '../../electron/scripts/electronBinary.mjs';
import {
  buildShell,
  CHROMIUM_ARGS,
  isZodEvalProbe,
  serveRenderer,
  type Violation,
} from './shellHarness';

/** The page's window with the preload's API (declared for the renderer in electronHost.ts). */
type HostWindow = { lightpath?: HostApi };

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const electronBinary = findElectronBinary(projectDir);

// One worker builds out/ once, then both groups use it.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(300_000);
  const build = buildShell(projectDir);
  expect(build.status, build.stderr).toBe(0);
});

test.describe('renderer served by the shell', () => {
  test('starts and draws under the shell CSP', async () => {
    test.setTimeout(120_000);
    const server = await serveRenderer(rendererDir);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const problems: string[] = [];
      const violations: Violation[] = [];
      await page.exposeFunction('reportViolation', (v: Violation) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportViolation(v: Violation): void })
            .reportViolation;
          report({
            directive: event.effectiveDirective,
            blockedUri: event.blockedURI,
            sourceFile: event.sourceFile,
            lineNumber: event.lineNumber,
          });
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      const response = await page.goto(`${server.baseUrl}/index.html`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect(page.locator('canvas').first()).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('#root')).not.toBeEmpty();
      await page.waitForTimeout(1_000);
      for (const violation of violations) {
        if (!(await isZodEvalProbe(violation))) {
          problems.push(`CSP violation: ${JSON.stringify(violation)}`);
        }
      }
      expect(problems).toEqual([]);
      expect((await fetch(`${server.baseUrl}/..%2f..%2fpackage.json`)).status).toBe(403);
    } finally {
      await browser.close();
      server.close();
    }
  });
});

test.describe('Electron shell', () => {
  test.skip(!electronBinary.found, electronBinary.found ? '' : electronBinary.reason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    if (!electronBinary.found) return;
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

  test('the host answers the page over IPC, and app:// sends the CSP', async () => {
    const answers = await page.evaluate(async () => {
      const host = (window as unknown as HostWindow).lightpath;
      const response = await fetch(location.href);
      return {
        recent: Array.isArray(await host?.listRecent()),
        refusal: await host
          ?.openRecent('not-a-handle')
          .then(() => 'resolved')
          .catch((error: Error) => error.name),
        csp: response.headers.get('content-security-policy'),
      };
    });
    expect(answers.recent).toBe(true);
    expect(answers.refusal).toBe('HostError');
    expect(answers.csp).toContain("script-src 'self'");
  });

  test('navigation and new windows are refused', async () => {
    await page.evaluate(() => {
      // Not https: an https link would be handed to the system browser.
      window.open('http://example.com/', '_blank');
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()),
    );
    expect(windows).toEqual(['app://studio/index.html']);
  });
});
