/**
 * Fake Electron objects for the shell's Node tests: only the fields the code under test reads.
 */
import type { WebContents } from 'electron';
import type { HostHandlers, IpcCallEvent } from '../../../electron/main/handleIpc';

/** An IPC event from a frame at `url`; `isSubframe` gives the frame a parent. */
export function fakeIpcEvent(url = 'app://studio/index.html', isSubframe = false): IpcCallEvent {
  const senderFrame = { url, parent: isSubframe ? { url } : null };
  return { senderFrame, sender: { id: 7 } } as unknown as IpcCallEvent;
}

/** A stand-in for the sender's WebContents. */
export const fakeSender = { id: 7 } as unknown as WebContents;

/** Handlers that record their calls and answer simply; override the ones a test needs. */
export function recordingHandlers(
  calls: Array<[string, unknown[]]>,
  overrides: Partial<HostHandlers> = {},
): HostHandlers {
  const record =
    <T>(name: string, value: T) =>
    async (_context: unknown, ...args: unknown[]): Promise<T> => {
      calls.push([name, args]);
      return value;
    };
  return {
    openDocument: record('openDocument', null),
    openRecent: record('openRecent', { handle: 'h', name: 'a.lightpath.json', text: '{}' }),
    listRecent: record('listRecent', []),
    saveDocument: record('saveDocument', { handle: 'h', name: 'a.lightpath.json' }),
    saveDocumentAs: record('saveDocumentAs', null),
    writeRecovery: record('writeRecovery', undefined),
    readRecovery: record('readRecovery', null),
    discardRecovery: record('discardRecovery', undefined),
    setWindowState: record('setWindowState', undefined),
    exportFile: record('exportFile', null),
    printReportPdf: record('printReportPdf', null),
    ...overrides,
  };
}
