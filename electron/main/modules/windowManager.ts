/**
 * The studio's main window: isolated, sandboxed, no Node in the page, web security left on
 * (Electron security checklist items 2 "Do not enable Node.js integration for remote content",
 * 3 "Enable context isolation", 4 "Enable process sandboxing", 6 "Do not disable webSecurity").
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './appProtocol';

/** The web preferences of every studio window; `webSecurity` is deliberately not mentioned. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** Constructor options of the main window, hidden until its first paint. */
export function mainWindowOptions(
  preloadPath: string,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Lightpath Studio',
    backgroundColor: '#15171c',
    ...(iconPath === undefined ? {} : { icon: iconPath }),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

/** The BrowserWindow constructor, passed in so tests can use a fake. */
export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Opens the main window on the app's entry page and shows it once it is ready to paint. */
export function createMainWindow(
  Window: WindowConstructor,
  preloadPath: string,
  iconPath?: string,
): BrowserWindow {
  const window = new Window(mainWindowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
