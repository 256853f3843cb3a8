/**
 * Runs the real main-process entry (electron/main/index.ts) against a fake 'electron' module
 * and checks what it composed: the order of the pre-ready steps, one IPC channel per
 * operation behind the wrapper, the app:// protocol, permissions, the menu and a secure window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_OPERATIONS, channelOf, type HostOperation } from '../../../electron/ipc';

const fake = vi.hoisted(() => {
  const log: string[] = [];
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: FakeWindow[] = [];
  const webContentsListeners = new Map<string, () => void>();
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  const userData = { dir: '' };

  class FakeWindow {
    readonly loaded: string[] = [];
    readonly webContents = {
      send: (...args: unknown[]) => log.push(`send ${String(args[1])}`),
      once: (name: string, listener: () => void) => webContentsListeners.set(name, listener),
    };
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      windows.push(this);
      log.push('new BrowserWindow');
    }
    once(): void {}
    on(): void {}
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    focus(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    static getAllWindows = (): FakeWindow[] => windows;
    static getFocusedWindow = (): FakeWindow | null => null;
    static fromWebContents = (): FakeWindow | null => windows[0] ?? null;
  }
  const session = () => ({
    setPermissionRequestHandler: () => log.push('permission request handler'),
    setPermissionCheckHandler: () => log.push('permission check handler'),
    webRequest: { onBeforeRequest: () => log.push('report network closed') },
  });
  const electron = {
    app: {
      requestSingleInstanceLock: () => (log.push('single instance'), true),
      on: (name: string, listener: (...args: unknown[]) => void) =>
        appListeners.set(name, listener),
      quit: () => log.push('quit'),
      exit: () => log.push('exit'),
      enableSandbox: () => log.push('enableSandbox'),
      getPath: (name: string) => join(userData.dir, name),
      getAppPath: () => '/app',
      whenReady: () => ready,
    },
    BrowserWindow: FakeWindow,
    dialog: {},
    ipcMain: { handle: (channel: string, listener: never) => ipcHandlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: () => log.push('menu'),
    },
    protocol: {
      registerSchemesAsPrivileged: () => log.push('register app scheme'),
      handle: (scheme: string, handler: never) => protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: session(), fromPartition: () => session() },
    shell: { openExternal: async () => undefined },
  };
  return {
    electron,
    log,
    ipcHandlers,
    protocolHandlers,
    appListeners,
    windows,
    webContentsListeners,
    readyResolve: () => readyResolve(),
    userData,
  };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

beforeAll(async () => {
  fake.userData.dir = mkdtempSync(join(tmpdir(), 'lightpath-main-'));
  await import('../../../electron/main/index');
  expect(fake.log).not.toContain('new BrowserWindow');
  fake.readyResolve();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});
afterAll(() => rmSync(fake.userData.dir, { recursive: true, force: true }));

describe('main process composition', () => {
  it('claims the single instance, registers app:// and the sandbox before ready', () => {
    const before = fake.log.slice(0, 3);
    expect(before).toEqual(['single instance', 'register app scheme', 'enableSandbox']);
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.appListeners.has('window-all-closed')).toBe(true);
  });

  it('denies permissions, closes the report session, builds the menu, then opens one window', () => {
    const order = fake.log.filter((entry) =>
      ['permission request handler', 'report network closed', 'menu', 'new BrowserWindow'].includes(
        entry,
      ),
    );
    expect(order).toEqual([
      'permission request handler',
      'permission request handler',
      'report network closed',
      'menu',
      'new BrowserWindow',
    ]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
  });

  it('opens the window on app:// with secure preferences and the CommonJS preload', () => {
    const [window] = fake.windows;
    expect(window?.loaded).toEqual(['app://studio/index.html']);
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: expect.stringMatching(/preload[\\/]index\.cjs$/),
    });
  });

  it('serves every operation on its channel, behind the sender and argument checks', async () => {
    const channels = (Object.keys(HOST_OPERATIONS) as HostOperation[]).map(channelOf);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(channels.sort());
    const listRecent = fake.ipcHandlers.get(channelOf('listRecent'));
    const appFrame = { senderFrame: { url: 'app://studio/index.html', parent: null }, sender: {} };
    const remoteFrame = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    expect(await listRecent?.(appFrame)).toEqual({ ok: true, value: [] });
    expect(await listRecent?.(remoteFrame)).toMatchObject({ ok: false });
    const writeRecovery = fake.ipcHandlers.get(channelOf('writeRecovery'));
    expect(await writeRecovery?.(appFrame, '{"unsaved":1}')).toEqual({ ok: true });
    const readRecovery = fake.ipcHandlers.get(channelOf('readRecovery'));
    expect(await readRecovery?.(appFrame)).toMatchObject({
      ok: true,
      value: { text: '{"unsaved":1}' },
    });
  });

  it('opens a design a second launch names, once the renderer has loaded', () => {
    const secondInstance = fake.appListeners.get('second-instance');
    const argv = [
      '/opt/Lightpath Studio/lightpath-studio',
      '--flag',
      'designs/switch.lightpath.json',
    ];
    secondInstance?.({}, argv, '/home/u');
    expect(fake.log.filter((e) => e.startsWith('send file.openRecent:'))).toEqual([]);
    fake.webContentsListeners.get('did-finish-load')?.();
    const sent = fake.log.filter((e) => e.startsWith('send file.openRecent:'));
    expect(sent).toHaveLength(1);
    secondInstance?.({}, [argv[0]!, '/tmp/other.lightpath.json'], '/home/u');
    expect(fake.log.filter((e) => e.startsWith('send file.openRecent:'))).toHaveLength(2);
    expect(fake.log).not.toContain('exit');
  });
});
