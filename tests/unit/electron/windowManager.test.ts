import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../../../electron/main/modules/appProtocol';
import { closeReportNetwork, reportWindowOptions } from '../../../electron/main/modules/printToPdf';
import {
  createMainWindow,
  mainWindowOptions,
  type WindowConstructor,
} from '../../../electron/main/modules/windowManager';

function expectSecure(options: BrowserWindowConstructorOptions): void {
  const prefs = options.webPreferences ?? {};
  expect(prefs.contextIsolation).toBe(true);
  expect(prefs.sandbox).toBe(true);
  expect(prefs.nodeIntegration).toBe(false);
  expect(prefs.nodeIntegrationInWorker).toBe(false);
  expect(prefs.webviewTag).toBe(false);
  expect('webSecurity' in prefs).toBe(false);
  expect('allowRunningInsecureContent' in prefs).toBe(false);
  expect('experimentalFeatures' in prefs).toBe(false);
}

describe('main window', () => {
  it('is isolated, sandboxed, without Node, web security untouched, hidden until ready', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs');
    expectSecure(options);
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });

  it('loads the app:// entry and shows itself on ready-to-show', () => {
    const created: Array<{
      options: BrowserWindowConstructorOptions;
      loaded: string[];
      shown: number;
    }> = [];
    class FakeWindow {
      readonly record = {
        options: {} as BrowserWindowConstructorOptions,
        loaded: [] as string[],
        shown: 0,
      };
      private readyListener: (() => void) | undefined;
      constructor(options: BrowserWindowConstructorOptions) {
        this.record.options = options;
        created.push(this.record);
      }
      once(name: string, listener: () => void): void {
        if (name === 'ready-to-show') this.readyListener = listener;
      }
      loadURL(url: string): Promise<void> {
        this.record.loaded.push(url);
        return Promise.resolve();
      }
      show(): void {
        this.record.shown += 1;
      }
      fireReady(): void {
        this.readyListener?.();
      }
    }
    const window = createMainWindow(FakeWindow as unknown as WindowConstructor, '/p.cjs');
    expect(created[0]?.loaded).toEqual([APP_ENTRY_URL]);
    expect(created[0]?.shown).toBe(0);
    (window as unknown as FakeWindow).fireReady();
    expect(created[0]?.shown).toBe(1);
  });
});

describe('report print window', () => {
  it('is secure too, with scripts off, in its own session', () => {
    const options = reportWindowOptions();
    expectSecure(options);
    expect(options.show).toBe(false);
    expect(options.webPreferences?.javascript).toBe(false);
    expect(options.webPreferences?.partition).toBe('lightpath-report');
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('its session loads local files and inline data only', () => {
    let filter:
      ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    closeReportNetwork({
      webRequest: { onBeforeRequest: (f: typeof filter) => (filter = f) },
    } as never);
    const cancelled = (url: string): boolean | undefined => {
      let answer: boolean | undefined;
      filter?.({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('file:///tmp/lightpath-report-x/report.html')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://fonts.example/font.woff2')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/track.gif')).toBe(true);
    expect(cancelled('app://studio/index.html')).toBe(true);
  });
});
