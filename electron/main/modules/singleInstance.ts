/**
 * One studio process per user: a second launch hands its command line to the running one,
 * which focuses its window, so two instances never share (and overwrite) the one recovery
 * copy and recent-files list.
 */
import type { App, BrowserWindow } from 'electron';

/**
 * True when this process holds the lock; false means it should quit at once.
 * `onSecondLaunch` receives the second launch's arguments and working folder.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  mainWindow: () => BrowserWindow | undefined,
  onSecondLaunch: (argv: readonly string[], workingDir: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDir) => {
    onSecondLaunch(argv, workingDir);
    const window = mainWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  return true;
}
