import { describe, expect, it } from 'vitest';
import {
  HOST_OPERATIONS,
  MENU_ACTION_CHANNEL,
  channelOf,
  type HostApi,
} from '../../../electron/ipc';
import { createHostBridge, type BridgeIpc } from '../../../electron/preload/hostBridge';
import { MAX_PENDING_MENU_ACTIONS } from '../../../electron/preload/menuActions';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer(reply: (channel: string, args: unknown[]) => unknown) {
  const invoked: Array<[string, unknown[]]> = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: async (channel: string, ...args: unknown[]) => {
      invoked.push([channel, args]);
      return reply(channel, args);
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipc;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener);
      return ipc;
    },
  };
  const emit = (channel: string, ...args: unknown[]): void =>
    listeners.get(channel)?.forEach((listener) => listener({}, ...args));
  return { ipc: ipc as unknown as BridgeIpc, invoked, emit };
}

describe('preload host bridge', () => {
  it('exposes one function per contract operation plus onMenuAction, and no ipcRenderer', () => {
    const api = createHostBridge(fakeIpcRenderer(() => ({ ok: true, value: null })).ipc);
    const functions = Object.keys(api).filter(
      (key) => typeof api[key as keyof HostApi] === 'function',
    );
    expect(functions.sort()).toEqual([...Object.keys(HOST_OPERATIONS), 'onMenuAction'].sort());
    expect(api.kind).toBe('electron');
    expect(Object.values(api).some((v) => typeof v === 'object')).toBe(false);
  });

  it('invokes each operation on its channel with its arguments', async () => {
    const fake = fakeIpcRenderer(() => ({ ok: true, value: { handle: 'h', name: 'n' } }));
    const api = createHostBridge(fake.ipc);
    expect(await api.saveDocument('h', '{}')).toEqual({ handle: 'h', name: 'n' });
    await api.setWindowState({ title: 't', isDirty: true });
    await api.exportFile('a.glb', new Uint8Array([1]));
    expect(fake.invoked).toEqual([
      [channelOf('saveDocument'), ['h', '{}']],
      [channelOf('setWindowState'), [{ title: 't', isDirty: true }]],
      [channelOf('exportFile'), ['a.glb', new Uint8Array([1])]],
    ]);
  });

  it('rejects with the main process message, and no Electron prefix', async () => {
    const api = createHostBridge(
      fakeIpcRenderer(() => ({ ok: false, message: '"a.lightpath.json" was not found' })).ipc,
    );
    const failure = api.openRecent('h');
    await expect(failure).rejects.toThrow(/^"a.lightpath.json" was not found$/);
    await expect(failure).rejects.toMatchObject({ name: 'HostError' });
  });

  it('forwards string menu actions until unsubscribed', () => {
    const fake = fakeIpcRenderer(() => ({ ok: true, value: null }));
    const api = createHostBridge(fake.ipc);
    const received: string[] = [];
    const unsubscribe = api.onMenuAction((id) => received.push(id));
    fake.emit(MENU_ACTION_CHANNEL, 'file.save');
    fake.emit(MENU_ACTION_CHANNEL, { not: 'a string' });
    unsubscribe();
    fake.emit(MENU_ACTION_CHANNEL, 'edit.undo');
    expect(received).toEqual(['file.save']);
  });

  it('holds actions sent before the page subscribed and delivers them to the subscriber', async () => {
    const fake = fakeIpcRenderer(() => ({ ok: true, value: null }));
    const api = createHostBridge(fake.ipc);
    fake.emit(MENU_ACTION_CHANNEL, 'file.openRecent:tok-1');
    const first: string[] = [];
    const second: string[] = [];
    // React's StrictMode subscribes, unsubscribes and subscribes again in one go.
    api.onMenuAction((id) => first.push(id))();
    api.onMenuAction((id) => second.push(id));
    await Promise.resolve();
    expect(first).toEqual([]);
    expect(second).toEqual(['file.openRecent:tok-1']);
  });

  it('keeps at most MAX_PENDING_MENU_ACTIONS waiting', async () => {
    const fake = fakeIpcRenderer(() => ({ ok: true, value: null }));
    const api = createHostBridge(fake.ipc);
    for (let i = 0; i < MAX_PENDING_MENU_ACTIONS + 5; i += 1)
      fake.emit(MENU_ACTION_CHANNEL, `a${i}`);
    const received: string[] = [];
    api.onMenuAction((id) => received.push(id));
    await Promise.resolve();
    expect(received).toHaveLength(MAX_PENDING_MENU_ACTIONS);
    expect(received[0]).toBe('a0');
  });
});
