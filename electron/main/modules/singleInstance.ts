/**
 * One studio process per user: a second launch focuses the running window instead, so two
 * instances never share (and overwrite) the one recovery copy and recent-files list.
 */
import type { App, BrowserWindow } from 'electron';

/** True when this process holds the lock; false means it should quit at once. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  mainWindow: () => BrowserWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = mainWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  return true;
}
