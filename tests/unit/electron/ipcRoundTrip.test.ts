/**
 * The preload bridge wired to the real main-process handlers through a fake IPC pipe that
 * structured-clones every argument and reply, as Electron's IPC does.
 */
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf, HOST_OPERATIONS, type HostOperation } from '../../../electron/ipc';
import { registerHostHandlers } from '../../../electron/main/handleIpc';
import { createHostHandlers } from '../../../electron/main/hostHandlers';
import { createDocumentHandles } from '../../../electron/main/modules/documentHandles';
import { createRecentFiles } from '../../../electron/main/modules/recentFiles';
import { createRecoveryStore } from '../../../electron/main/modules/recovery';
import { createHostBridge, type BridgeIpc } from '../../../electron/preload/hostBridge';
import { fakeIpcEvent } from './fakes';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(join(tmpdir(), 'lightpath-roundtrip-'));
});
afterEach(async () => {
  await fsp.rm(folder, { recursive: true, force: true });
});

/** A HostApi whose calls travel to real handlers, from a frame at `frameUrl`. */
function connectedHost(pickPath: string | null, frameUrl = 'app://studio/index.html') {
  const listeners = new Map<string, Listener>();
  const handles = createDocumentHandles();
  const handlers = createHostHandlers({
    dialogs: {
      pickOpenPath: async () => pickPath,
      pickSavePath: async () => pickPath,
      askToSave: async () => 'cancel',
    },
    handles,
    recent: createRecentFiles(join(folder, 'recent.json'), handles),
    recovery: createRecoveryStore(join(folder, 'recovery')),
    onSave: () => {},
    printPdf: async () => new Uint8Array([37, 80, 68, 70]),
    setWindowState: () => {},
  });
  const logs: string[] = [];
  registerHostHandlers(
    { handle: (c: string, l: Listener) => listeners.set(c, l) } as never,
    handlers,
    (m) => logs.push(m),
  );
  const ipc = {
    invoke: async (channel: string, ...args: unknown[]) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(await listener(fakeIpcEvent(frameUrl), ...structuredClone(args)));
    },
    on: () => ipc,
  };
  return { api: createHostBridge(ipc as unknown as BridgeIpc), logs, listeners };
}

describe('preload ⇄ main round trip', () => {
  it('registers a handler for every channel the bridge can call', async () => {
    const { api, listeners } = connectedHost(null);
    const channels = (Object.keys(HOST_OPERATIONS) as HostOperation[]).map(channelOf);
    expect([...listeners.keys()].sort()).toEqual(channels.sort());
    expect(await api.openDocument()).toBeNull();
  });

  it('saves as, reopens by handle, lists recent, and keeps a recovery copy', async () => {
    const filePath = join(folder, 'npo.lightpath.json');
    const { api } = connectedHost(filePath);
    const saved = await api.saveDocumentAs('npo.lightpath.json', '{"v":1}\n');
    expect(saved?.name).toBe('npo.lightpath.json');
    expect(await fsp.readFile(filePath, 'utf8')).toBe('{"v":1}\n');
    await api.saveDocument(saved!.handle, '{"v":2}\n');
    expect(await api.openRecent(saved!.handle)).toMatchObject({ text: '{"v":2}\n' });
    expect(await api.listRecent()).toEqual([{ handle: saved!.handle, name: 'npo.lightpath.json' }]);
    await api.writeRecovery('{"draft":true}');
    expect((await api.readRecovery())?.text).toBe('{"draft":true}');
    await api.discardRecovery();
    expect(await api.readRecovery()).toBeNull();
  });

  it('carries bytes intact and user-facing errors without prefixes', async () => {
    const glbPath = join(folder, 'layout.glb');
    const { api } = connectedHost(glbPath);
    await api.exportFile('layout.glb', new Uint8Array([0x67, 0x6c, 0x54, 0x46, 0]));
    expect([...(await fsp.readFile(glbPath))]).toEqual([0x67, 0x6c, 0x54, 0x46, 0]);
    await expect(api.saveDocument('forged-handle', '{}')).rejects.toThrow(
      /^The studio no longer knows that file; open it again from the File menu\.$/,
    );
  });

  it('refuses a renderer that was navigated away from the app', async () => {
    const { api, logs } = connectedHost(join(folder, 'x.lightpath.json'), 'https://evil.example/');
    await expect(api.listRecent()).rejects.toThrow('The studio refused the request "listRecent".');
    expect(logs[0]).toContain('https://evil.example/');
  });
});
