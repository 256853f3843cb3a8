/**
 * The HostApi the preload exposes as `window.lightpath`: one named function per operation of
 * electron/ipc.ts, each invoking its channel and unwrapping the main process's reply. Raw
 * `ipcRenderer` never reaches the page (Electron security checklist, item 20 "Do not expose
 * Electron APIs to untrusted web content").
 */
import type { IpcRenderer } from 'electron';
import { channelOf, type HostApi, type HostOperation, type IpcReply } from '../ipc';
import { createMenuActions } from './menuActions';

/** The ipcRenderer calls the bridge makes (the real one, or a test's fake). */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on'>;

/** Builds the HostApi over `ipc`. Failures reject with an Error whose message is for the user. */
export function createHostBridge(ipc: BridgeIpc): HostApi {
  const subscribeToMenuActions = createMenuActions(ipc);
  async function call<T>(operation: HostOperation, ...args: unknown[]): Promise<T> {
    const reply = (await ipc.invoke(channelOf(operation), ...args)) as IpcReply<T>;
    if (reply.ok) return reply.value;
    const error = new Error(reply.message);
    error.name = 'HostError';
    throw error;
  }
  return {
    kind: 'electron',
    openDocument: () => call('openDocument'),
    openRecent: (handle) => call('openRecent', handle),
    listRecent: () => call('listRecent'),
    saveDocument: (handle, text) => call('saveDocument', handle, text),
    saveDocumentAs: (suggestedName, text) => call('saveDocumentAs', suggestedName, text),
    writeRecovery: (text) => call('writeRecovery', text),
    readRecovery: () => call('readRecovery'),
    discardRecovery: () => call('discardRecovery'),
    setWindowState: (state) =>
      call('setWindowState', { title: state.title, isDirty: state.isDirty }),
    exportFile: (suggestedName, data) => call('exportFile', suggestedName, data),
    printReportPdf: (suggestedName, html) => call('printReportPdf', suggestedName, html),
    onMenuAction: (listener) => subscribeToMenuActions(listener),
  };
}
