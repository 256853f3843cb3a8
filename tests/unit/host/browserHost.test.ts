/**
 * The browser host's window-state part with a stand-in window (the file, download and
 * IndexedDB parts run in Chromium: tests/e2e/files.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { electronHost } from '../../../renderer/src/host/electronHost';
import type { HostApi } from '../../../electron/ipc';

function fakeWindow() {
  const listeners = new Map<string, (e: Event) => void>();
  const win = {
    document: { title: '' },
    addEventListener: (type: string, fn: (e: Event) => void) => listeners.set(type, fn),
  };
  function unload(): { prevented: boolean } {
    const event = {
      prevented: false,
      returnValue: undefined as unknown,
      preventDefault() {
        this.prevented = true;
      },
    };
    listeners.get('beforeunload')?.(event as unknown as Event);
    return event;
  }
  return { win: win as unknown as Window, unload };
}

describe('browser host', () => {
  it('sets the title and guards closing only while there are unsaved changes', async () => {
    const { win, unload } = fakeWindow();
    const host = createBrowserHost(win);
    expect(host.kind).toBe('browser');
    expect(unload().prevented).toBe(false);
    await host.setWindowState({ title: '● a.lightpath.json — Lightpath Studio', isDirty: true });
    expect(win.document.title).toBe('● a.lightpath.json — Lightpath Studio');
    expect(unload().prevented).toBe(true);
    await host.setWindowState({ title: 'a.lightpath.json — Lightpath Studio', isDirty: false });
    expect(unload().prevented).toBe(false);
  });

  it('refuses to save to a handle it never issued', async () => {
    const { win } = fakeWindow();
    await expect(createBrowserHost(win).saveDocument('forged-handle', '{}')).rejects.toThrow(
      /no longer known/,
    );
  });

  it('has no native menu: subscribing is a no-op that can be undone', () => {
    const { win } = fakeWindow();
    const unsubscribe = createBrowserHost(win).onMenuAction(() => undefined);
    expect(unsubscribe()).toBeUndefined();
  });
});

describe('electron host', () => {
  it('is the preload API when present, else null', () => {
    const api = { kind: 'electron' } as HostApi;
    expect(electronHost({ lightpath: api } as unknown as Window)).toBe(api);
    expect(electronHost({} as Window)).toBeNull();
  });
});
