import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  applySecurityRules,
  denyPermissionRequests,
  isSafeExternalUrl,
} from '../../../electron/main/modules/securityRules';

type Listener = (...args: unknown[]) => void;

/** A web contents that records its listeners and window-open handler. */
function fakeContents(url = 'app://studio/index.html') {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    getURL: () => url,
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => (windowOpenHandler = handler),
  };
  return {
    contents: contents as unknown as WebContents,
    emit(name: string, fields: object = {}, ...args: unknown[]) {
      const event = {
        ...fields,
        isPrevented: false,
        preventDefault: () => (event.isPrevented = true),
      };
      listeners.get(name)?.(event, ...args);
      return event.isPrevented;
    },
    openWindow: (openUrl: string) => windowOpenHandler?.({ url: openUrl }),
  };
}

function applied(url?: string) {
  const opened: string[] = [];
  const logs: string[] = [];
  const fake = fakeContents(url);
  applySecurityRules(
    fake.contents,
    async (u) => void opened.push(u),
    (m) => logs.push(m),
  );
  return { ...fake, opened, logs };
}

describe('security rules', () => {
  it('prevents every navigation (checklist 13)', () => {
    const { emit, logs } = applied();
    expect(emit('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(emit('will-navigate', { url: 'app://studio/other.html' })).toBe(true);
    expect(logs[0]).toContain('blocked navigation to https://evil.example/');
  });

  it('prevents attaching a <webview> (checklist 12)', () => {
    const { emit } = applied();
    expect(emit('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every new window and opens only parsed https: links externally (14, 15)', async () => {
    const { openWindow, opened, logs } = applied();
    for (const url of [
      'https://www.oiforum.com/technical-work/hot-topics/',
      'http://insecure.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:secret@example.com/',
      'not a url',
    ]) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(opened).toEqual(['https://www.oiforum.com/technical-work/hot-topics/']);
    expect(logs.filter((m) => m.startsWith('blocked new window'))).toHaveLength(6);
  });

  it('isSafeExternalUrl parses before trusting', () => {
    expect(isSafeExternalUrl('https://example.com/a?b#c')).toBe(true);
    expect(isSafeExternalUrl(' https://example.com')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM')).toBe(true);
    expect(isSafeExternalUrl('https:/\\evil')).toBe(true);
    expect(isSafeExternalUrl('ftp://example.com')).toBe(false);
    expect(isSafeExternalUrl('')).toBe(false);
  });
});

describe('denyPermissionRequests (checklist 5)', () => {
  function fakeSession() {
    let request:
      ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string, origin: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as Session;
    return {
      session,
      ask(pageUrl: string, permission: string): boolean {
        let answer: boolean | undefined;
        request?.({ getURL: () => pageUrl }, permission, (ok) => (answer = ok));
        return answer ?? false;
      },
      check: (permission: string, origin: string) => check?.(null, permission, origin),
    };
  }

  it('denies media, geolocation, notifications and the rest, even to the app', () => {
    const fake = fakeSession();
    const logs: string[] = [];
    denyPermissionRequests(fake.session, (m) => logs.push(m));
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      expect(fake.ask('app://studio/index.html', permission)).toBe(false);
    }
    expect(logs).toHaveLength(5);
  });

  it('allows clipboard writes to the app only', () => {
    const fake = fakeSession();
    denyPermissionRequests(fake.session, () => {});
    expect(fake.ask('app://studio/index.html', 'clipboard-sanitized-write')).toBe(true);
    expect(fake.ask('https://evil.example/', 'clipboard-sanitized-write')).toBe(false);
    expect(fake.check('clipboard-sanitized-write', 'app://studio')).toBe(true);
    expect(fake.check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(fake.check('media', 'app://studio')).toBe(false);
  });
});
