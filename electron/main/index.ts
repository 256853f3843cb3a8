/**
 * The Electron main process: composes the shell's modules in order, and nothing else.
 * Logic lives in ./modules and ./handleIpc.ts as plain functions with their Electron objects
 * passed in, so Node tests can call them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { MENU_ACTION_CHANNEL } from '../ipc';
import { registerHostHandlers } from './handleIpc';
import { createHostHandlers } from './hostHandlers';
import { buildMenuTemplate } from './modules/appMenu';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './modules/appProtocol';
import { createCloseGuard } from './modules/closeGuard';
import { createDocumentHandles } from './modules/documentHandles';
import { createFileDialogs } from './modules/fileDialogs';
import { createLaunchFiles, designPathsFromArgv } from './modules/launchFiles';
import { closeReportNetwork, printHtmlToPdf, REPORT_PARTITION } from './modules/printToPdf';
import { createRecentFiles } from './modules/recentFiles';
import { createRecoveryStore } from './modules/recovery';
import { applySecurityRules, denyPermissionRequests } from './modules/securityRules';
import { claimSingleInstance } from './modules/singleInstance';
import { createMainWindow } from './modules/windowManager';

const log = (message: string): void => console.warn(`[lightpath] ${message}`);
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
let mainWindow: BrowserWindow | undefined;
const handles = createDocumentHandles();
const launchFiles = createLaunchFiles(handles);

// 1. Before ready: one instance, the app:// scheme, the sandbox everywhere, security rules,
//    and the designs the OS asked to open (command line, second launch, macOS open-file).
const isFirstInstance = claimSingleInstance(
  app,
  () => mainWindow,
  (argv, workingDir) => launchFiles.request(designPathsFromArgv(argv, workingDir)),
);
// A second launch has handed its arguments to the first one: leave at once, before any window.
if (!isFirstInstance) app.exit(0);
launchFiles.request(designPathsFromArgv(process.argv, process.cwd()));
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  launchFiles.request([filePath]);
});
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) =>
  applySecurityRules(contents, (url) => shell.openExternal(url), log),
);

// 2. Services: handles, recent files, recovery, dialogs, close guard, menu.
const windowOf = (sender: WebContents): BrowserWindow | null =>
  BrowserWindow.fromWebContents(sender);
const sendMenuAction = (window: BrowserWindow, actionId: string): void =>
  window.webContents.send(MENU_ACTION_CHANNEL, actionId);
/** Sends an action to the focused studio window, or the main one. */
const sendToStudio = (actionId: string): void => {
  const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (window && !window.isDestroyed()) sendMenuAction(window, actionId);
};
const recent = createRecentFiles(
  join(app.getPath('userData'), 'recent-files.json'),
  handles,
  () => void refreshMenu(),
);
const recovery = createRecoveryStore(join(app.getPath('userData'), 'recovery'));
const dialogs = createFileDialogs(dialog, windowOf, () => app.getPath('documents'));
const closeGuard = createCloseGuard({
  ask: (window) => dialogs.askToSave(window),
  sendMenuAction,
  dropRecovery: () => recovery.discard(),
});

async function refreshMenu(): Promise<void> {
  const template = buildMenuTemplate({
    platform: process.platform,
    recent: await recent.list(),
    send: sendToStudio,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(): void {
  mainWindow = createMainWindow(
    BrowserWindow,
    preloadPath,
    join(app.getAppPath(), 'assets/icons/icon.png'),
  );
  closeGuard.attach(mainWindow);
  mainWindow.webContents.once('did-finish-load', () => launchFiles.rendererReady(sendToStudio));
}

// 3. When ready: protocol, permissions, IPC, menu, window.
void app.whenReady().then(async () => {
  registerAppProtocol(protocol, rendererDir);
  denyPermissionRequests(session.defaultSession, log);
  const reportSession = session.fromPartition(REPORT_PARTITION);
  denyPermissionRequests(reportSession, log);
  closeReportNetwork(reportSession);
  const onWindow = (sender: WebContents, act: (window: BrowserWindow) => void): void => {
    const window = windowOf(sender);
    if (window) act(window);
  };
  const handlers = createHostHandlers({
    dialogs,
    handles,
    recent,
    recovery,
    printPdf: (html) => printHtmlToPdf(BrowserWindow, html),
    onSave: (sender, wasSaved) =>
      onWindow(sender, (window) => closeGuard.noteSave(window, wasSaved)),
    setWindowState: (sender, state) =>
      onWindow(sender, (window) => closeGuard.setState(window, state)),
  });
  registerHostHandlers(ipcMain, handlers, log);
  await refreshMenu();
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
