/**
 * The document operations of the host contract: open (dialog or recent), save to a known
 * handle, save as, export and print. Paths come only from dialogs and handles.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WebContents } from 'electron';
import type { SavedDocument } from '../../ipc';
import type { HostHandlers } from '../handleIpc';
import type { DocumentHandles } from './documentHandles';
import type { FileDialogs } from './fileDialogs';
import { checkDocumentSize, readDocumentFile, writeFileAtomic } from './fileService';
import type { RecentFiles } from './recentFiles';

export interface DocumentHandlerDeps {
  readonly dialogs: FileDialogs;
  readonly handles: DocumentHandles;
  readonly recent: RecentFiles;
  /** Called after every document save attempt (false when cancelled or failed). */
  readonly onSave: (sender: WebContents, wasSaved: boolean) => void;
  /** Prints report HTML to PDF bytes. */
  readonly printPdf: (html: string) => Promise<Uint8Array>;
}

type DocumentOperations =
  | 'openDocument'
  | 'openRecent'
  | 'listRecent'
  | 'saveDocument'
  | 'saveDocumentAs'
  | 'exportFile'
  | 'printReportPdf';

/** Handlers for the file operations of HostApi. */
export function createDocumentHandlers(
  deps: DocumentHandlerDeps,
): Pick<HostHandlers, DocumentOperations> {
  const { dialogs, handles, recent } = deps;

  async function open(filePath: string) {
    const text = await readDocumentFile(filePath);
    await recent.add(filePath);
    return { handle: handles.issue(filePath), name: basename(filePath), text };
  }
  async function saveTo(filePath: string, text: string): Promise<SavedDocument> {
    checkDocumentSize(basename(filePath), text);
    await writeFileAtomic(filePath, text);
    await recent.add(filePath);
    return { handle: handles.issue(filePath), name: basename(filePath) };
  }
  async function reportingSave<T extends SavedDocument | null>(
    sender: WebContents,
    save: () => Promise<T>,
  ): Promise<T> {
    try {
      const saved = await save();
      deps.onSave(sender, saved !== null);
      return saved;
    } catch (error) {
      deps.onSave(sender, false);
      throw error;
    }
  }

  return {
    async openDocument({ sender }) {
      const filePath = await dialogs.pickOpenPath(sender);
      return filePath === null ? null : open(filePath);
    },
    async openRecent(_context, handle) {
      const filePath = handles.resolve(handle);
      try {
        return await open(filePath);
      } catch (error) {
        const isGone = (await stat(filePath).catch(() => null)) === null;
        if (isGone) await recent.remove(filePath);
        throw error;
      }
    },
    listRecent: () => recent.list(),
    saveDocument: ({ sender }, handle, text) =>
      reportingSave(sender, () => saveTo(handles.resolve(handle), text)),
    saveDocumentAs: ({ sender }, suggestedName, text) =>
      reportingSave(sender, async () => {
        const filePath = await dialogs.pickSavePath(sender, suggestedName);
        return filePath === null ? null : saveTo(filePath, text);
      }),
    async exportFile({ sender }, suggestedName, data) {
      const filePath = await dialogs.pickSavePath(sender, suggestedName);
      if (filePath === null) return null;
      await writeFileAtomic(filePath, data);
      return { handle: handles.issue(filePath), name: basename(filePath) };
    },
    async printReportPdf({ sender }, suggestedName, html) {
      const filePath = await dialogs.pickSavePath(sender, suggestedName);
      if (filePath === null) return null;
      await writeFileAtomic(filePath, await deps.printPdf(html));
      return { handle: handles.issue(filePath), name: basename(filePath) };
    },
  };
}
