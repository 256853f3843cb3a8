/**
 * One function per rule of the Electron security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security), applied to every web contents
 * the app creates. Each rule names the checklist item it implements.
 */
import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './appProtocol';

/** Where a rule reports what it refused. */
export type SecurityLog = (message: string) => void;

/** Permissions the studio itself uses: writing to the clipboard (copy a part between designs). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** True when `url` is a page of the app itself (app://studio/...). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** True when `url` parses as an https: link, the only kind handed to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Checklist 5, "Handle session permission requests from remote content": deny all but our own few. */
export function denyPermissionRequests(session: Session, log: SecurityLog): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    const isAllowed = ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL());
    if (!isAllowed) log(`denied permission "${permission}" to ${contents.getURL()}`);
    callback(isAllowed);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin),
  );
}

/** Checklist 13, "Disable or limit navigation": the renderer never navigates away. */
export function preventNavigation(contents: WebContents, log: SecurityLog): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    log(`blocked navigation to ${event.url}`);
  });
}

/**
 * Checklist 14, "Disable or limit creation of new windows", and 15, "Do not use openExternal
 * with untrusted content": no window opens; an https: link goes to the system browser.
 */
export function denyNewWindows(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  log: SecurityLog,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      openExternal(new URL(url).href).catch((error: unknown) =>
        log(`could not open ${url}: ${String(error)}`),
      );
    } else {
      log(`blocked new window for ${url}`);
    }
    return { action: 'deny' };
  });
}

/** Checklist 12, "Verify WebView options before creation": the studio uses no <webview> at all. */
export function preventWebviews(contents: WebContents, log: SecurityLog): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
}

/** Applies every per-contents rule; call from app 'web-contents-created'. */
export function applySecurityRules(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  log: SecurityLog,
): void {
  preventNavigation(contents, log);
  denyNewWindows(contents, openExternal, log);
  preventWebviews(contents, log);
}
