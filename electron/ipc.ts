/**
 * The host contract: every operation the renderer may ask of its host (the Electron main
 * process, or the browser adapter), with the zod schemas that check its arguments at the
 * process boundary. Imports zod only, so both sides (and tests) can use it.
 *
 * Paths never cross this boundary from the renderer: a document is named by an opaque
 * `handle` that the host issued when the user picked or saved the file.
 */
import { z } from 'zod';

/** Largest document text the host will read or write (also the loader's cap). */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

const handle = z.string().min(1).max(512);
const documentText = z.string().max(MAX_DOCUMENT_BYTES);
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((v) => !/[\\/\0]/.test(v), 'expected a file name without path separators');

/** Argument schemas, one tuple per operation, checked by the main process before every handler. */
export const HOST_OPERATIONS = {
  openDocument: z.tuple([]),
  openRecent: z.tuple([handle]),
  listRecent: z.tuple([]),
  saveDocument: z.tuple([handle, documentText]),
  saveDocumentAs: z.tuple([fileName, documentText]),
  writeRecovery: z.tuple([documentText]),
  readRecovery: z.tuple([]),
  discardRecovery: z.tuple([]),
  setWindowState: z.tuple([z.object({ title: z.string().max(500), isDirty: z.boolean() })]),
  exportFile: z.tuple([fileName, z.union([z.string(), z.instanceof(Uint8Array)])]),
  printReportPdf: z.tuple([fileName, z.string().max(256 * 1024 * 1024)]),
} as const;

export type HostOperation = keyof typeof HOST_OPERATIONS;

/** IPC channel name of an operation. */
export function channelOf(operation: HostOperation): string {
  return `lightpath:${operation}`;
}

/** Channel on which the main process sends menu actions to the renderer. */
export const MENU_ACTION_CHANNEL = 'lightpath:menu-action';

/** A document read from disk (or a picked file), named by an opaque handle. */
export interface OpenedDocument {
  readonly handle: string;
  /** File name for the title bar, e.g. "switch-cpo-a.lightpath.json". */
  readonly name: string;
  readonly text: string;
}

export interface RecentEntry {
  readonly handle: string;
  readonly name: string;
}

/** Where a document was written. */
export interface SavedDocument {
  readonly handle: string;
  readonly name: string;
}

/** An autosaved recovery copy of unsaved work. */
export interface RecoveryCopy {
  readonly text: string;
  /** ISO 8601 time the copy was written. */
  readonly savedAt: string;
}

/** Why a host operation failed, in words for the user. */
export class HostError extends Error {
  override readonly name = 'HostError';
}

/**
 * What the renderer may ask of its host. Implemented by the Electron preload
 * (`window.lightpath`) and by the browser adapter (renderer/src/host/browserHost.ts).
 * Every method rejects with a HostError carrying a message for the user.
 */
export interface HostApi {
  readonly kind: 'electron' | 'browser';
  /** Shows an open dialog; null when the user cancels. */
  openDocument(): Promise<OpenedDocument | null>;
  openRecent(handle: string): Promise<OpenedDocument>;
  listRecent(): Promise<RecentEntry[]>;
  /** Writes atomically to the file behind `handle`. */
  saveDocument(handle: string, text: string): Promise<SavedDocument>;
  /** Shows a save dialog; null when the user cancels. */
  saveDocumentAs(suggestedName: string, text: string): Promise<SavedDocument | null>;
  /** Keeps a recovery copy of unsaved work in the app's data folder, never over the user's file. */
  writeRecovery(text: string): Promise<void>;
  readRecovery(): Promise<RecoveryCopy | null>;
  discardRecovery(): Promise<void>;
  /** Title bar text and the unsaved marker (the host asks before closing when dirty). */
  setWindowState(state: { title: string; isDirty: boolean }): Promise<void>;
  /** Saves data the user exported (CSV, JSON, glTF, HTML); null when cancelled. */
  exportFile(suggestedName: string, data: string | Uint8Array): Promise<SavedDocument | null>;
  /** Prints report HTML to a PDF file the user picks; null when cancelled. */
  printReportPdf(suggestedName: string, html: string): Promise<SavedDocument | null>;
  /** Subscribes to menu actions (action ids such as "file.save"); returns the unsubscribe. */
  onMenuAction(listener: (actionId: string) => void): () => void;
}

/**
 * What the main process answers on an operation's channel. A refusal or failure travels as a
 * message rather than a thrown error, so the preload can reject with the user's words only
 * (Electron prefixes errors thrown across `ipcMain.handle` with its own text).
 */
export type IpcReply<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };
