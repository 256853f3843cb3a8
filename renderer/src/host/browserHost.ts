/**
 * The browser host adapter (kind "browser"): the same HostApi the Electron preload offers,
 * built on what a plain Chromium tab has. Files are opened through the File System Access
 * API where present (else a hidden file input), saved back to the picked file handle or as
 * a download; recent files and recovery copies live in IndexedDB. Handles given to the
 * renderer are opaque ids mapped in memory to the browser's file handles.
 */
import {
  HostError,
  type HostApi,
  type OpenedDocument,
  type RecentEntry,
  type RecoveryCopy,
  type SavedDocument,
} from '../../../electron/ipc';
import { downloadFile, pickFileWithInput, printHtml } from './browserFiles';
import { idbDelete, idbGet, idbSet } from './idbStore';

/** The parts of the File System Access API this adapter uses (not yet in lib.dom). */
interface FsWindow {
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: object) => Promise<FileSystemFileHandle>;
}
interface PermissionedHandle extends FileSystemFileHandle {
  requestPermission?: (d: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
}

const PICKER_TYPES = [
  { description: 'Lightpath design', accept: { 'application/json': ['.json'] } },
];
const RECENT_KEY = 'recent';
const RECOVERY_KEY = 'recovery';
const MAX_RECENT = 10;

interface StoredRecent {
  readonly id: string;
  readonly name: string;
  readonly file?: FileSystemFileHandle;
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** Creates the browser host. `win` is the window whose APIs it uses. */
export function createBrowserHost(win: Window & FsWindow = window): HostApi {
  const handles = new Map<string, { name: string; file: FileSystemFileHandle | null }>();
  let nextId = 1;
  let isDirtyNow = false;

  function issue(name: string, file: FileSystemFileHandle | null): string {
    const id = `browser-file-${nextId++}-${Math.random().toString(36).slice(2, 8)}`;
    handles.set(id, { name, file });
    return id;
  }

  async function remember(id: string, name: string, file: FileSystemFileHandle | null) {
    const list = ((await idbGet<StoredRecent[]>(RECENT_KEY).catch(() => undefined)) ?? []).filter(
      (r) => r.name !== name,
    );
    const entry: StoredRecent = file ? { id, name, file } : { id, name };
    await idbSet(RECENT_KEY, [entry, ...list].slice(0, MAX_RECENT)).catch(() => undefined);
  }

  async function readHandle(file: FileSystemFileHandle): Promise<OpenedDocument> {
    const blob = await file.getFile();
    const id = issue(file.name, file);
    await remember(id, file.name, file);
    return { handle: id, name: file.name, text: await blob.text() };
  }

  win.addEventListener('beforeunload', (event) => {
    if (!isDirtyNow) return;
    event.preventDefault();
    event.returnValue = '';
  });

  return {
    kind: 'browser',
    async openDocument() {
      if (win.showOpenFilePicker) {
        try {
          const [file] = await win.showOpenFilePicker({ types: PICKER_TYPES, multiple: false });
          return file ? await readHandle(file) : null;
        } catch (err) {
          if (isAbort(err)) return null;
          throw new HostError(`Could not open the file: ${String(err)}`);
        }
      }
      const picked = await pickFileWithInput(win.document);
      if (!picked) return null;
      const id = issue(picked.name, null);
      await remember(id, picked.name, null);
      return { handle: id, name: picked.name, text: await picked.text() };
    },
    async openRecent(handle) {
      const list = (await idbGet<StoredRecent[]>(RECENT_KEY)) ?? [];
      const entry = list.find((r) => r.id === handle);
      if (!entry?.file) {
        throw new HostError(
          'This browser cannot reopen that file by itself: use File → Open… to pick it again.',
        );
      }
      const file = entry.file as PermissionedHandle;
      if (
        file.requestPermission &&
        (await file.requestPermission({ mode: 'read' })) !== 'granted'
      ) {
        throw new HostError(`Permission to read ${entry.name} was not granted.`);
      }
      return readHandle(file);
    },
    async listRecent(): Promise<RecentEntry[]> {
      const list = (await idbGet<StoredRecent[]>(RECENT_KEY).catch(() => undefined)) ?? [];
      for (const r of list) {
        if (!handles.has(r.id)) handles.set(r.id, { name: r.name, file: r.file ?? null });
      }
      return list.map((r) => ({ handle: r.id, name: r.name }));
    },
    async saveDocument(handle, text): Promise<SavedDocument> {
      const known = handles.get(handle);
      if (!known) throw new HostError('The file to save to is no longer known: use Save As….');
      if (!known.file) {
        // Opened through a file input: the browser gives no write access, so download.
        downloadFile(win.document, known.name, text);
        return { handle, name: known.name };
      }
      try {
        const writable = await known.file.createWritable();
        await writable.write(text);
        await writable.close();
      } catch (err) {
        throw new HostError(`Could not write ${known.name}: ${String(err)}`);
      }
      return { handle, name: known.name };
    },
    async saveDocumentAs(suggestedName, text) {
      if (win.showSaveFilePicker) {
        try {
          const file = await win.showSaveFilePicker({ suggestedName, types: PICKER_TYPES });
          const id = issue(file.name, file);
          await this.saveDocument(id, text);
          await remember(id, file.name, file);
          return { handle: id, name: file.name };
        } catch (err) {
          if (isAbort(err)) return null;
          throw new HostError(`Could not save the file: ${String(err)}`);
        }
      }
      downloadFile(win.document, suggestedName, text);
      return { handle: issue(suggestedName, null), name: suggestedName };
    },
    async writeRecovery(text) {
      const copy: RecoveryCopy = { text, savedAt: new Date().toISOString() };
      await idbSet(RECOVERY_KEY, copy);
    },
    async readRecovery() {
      return (await idbGet<RecoveryCopy>(RECOVERY_KEY)) ?? null;
    },
    async discardRecovery() {
      await idbDelete(RECOVERY_KEY);
    },
    async setWindowState(state) {
      win.document.title = state.title;
      isDirtyNow = state.isDirty;
    },
    async exportFile(suggestedName, data) {
      downloadFile(win.document, suggestedName, data);
      return { handle: issue(suggestedName, null), name: suggestedName };
    },
    async printReportPdf(suggestedName, html) {
      await printHtml(win.document, html);
      return { handle: issue(suggestedName, null), name: suggestedName };
    },
    onMenuAction() {
      // A browser tab has no native menu: the studio's own menu bar runs the actions.
      return () => undefined;
    },
  };
}
