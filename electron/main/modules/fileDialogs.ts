/**
 * The native open, save and unsaved-changes dialogs, parented to the asking window. Every
 * path the host writes comes from here, never from the renderer.
 */
import { extname, join } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, WebContents } from 'electron';
import type { CloseChoice } from './closeGuard';

/** File ending of a design document. */
export const DOCUMENT_EXTENSION = '.lightpath.json';

const DOCUMENT_FILTER: FileFilter = { name: 'Lightpath design', extensions: ['json'] };

const FILTERS_BY_EXTENSION: Readonly<Record<string, FileFilter>> = {
  '.csv': { name: 'CSV table', extensions: ['csv'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.gltf': { name: 'glTF 3D model', extensions: ['gltf'] },
  '.glb': { name: 'glTF binary 3D model', extensions: ['glb'] },
  '.html': { name: 'HTML report', extensions: ['html'] },
  '.pdf': { name: 'PDF report', extensions: ['pdf'] },
  '.png': { name: 'PNG image', extensions: ['png'] },
  '.svg': { name: 'SVG image', extensions: ['svg'] },
};

/** Save-dialog filters for a suggested file name: its own type first, then all files. */
export function filtersFor(suggestedName: string): FileFilter[] {
  const own = suggestedName.endsWith(DOCUMENT_EXTENSION)
    ? DOCUMENT_FILTER
    : FILTERS_BY_EXTENSION[extname(suggestedName).toLowerCase()];
  const all: FileFilter = { name: 'All files', extensions: ['*'] };
  return own ? [own, all] : [all];
}

export interface FileDialogs {
  /** A design the user picked to open, or null when cancelled. */
  pickOpenPath(sender: WebContents): Promise<string | null>;
  /** Where the user chose to save `suggestedName`, or null when cancelled. */
  pickSavePath(sender: WebContents, suggestedName: string): Promise<string | null>;
  /** Save / Discard / Cancel for a window with unsaved changes. */
  askToSave(window: BrowserWindow): Promise<CloseChoice>;
}

/** Dialogs backed by Electron's `dialog`; `defaultFolder` is where save dialogs start. */
export function createFileDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
  windowOf: (sender: WebContents) => BrowserWindow | null,
  defaultFolder: () => string,
): FileDialogs {
  return {
    async pickOpenPath(sender) {
      const options = {
        title: 'Open Design',
        properties: ['openFile' as const],
        filters: [DOCUMENT_FILTER, { name: 'All files', extensions: ['*'] }],
      };
      const window = windowOf(sender);
      const result = await (window
        ? dialog.showOpenDialog(window, options)
        : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath(sender, suggestedName) {
      const options = {
        defaultPath: join(defaultFolder(), suggestedName),
        filters: filtersFor(suggestedName),
      };
      const window = windowOf(sender);
      const result = await (window
        ? dialog.showSaveDialog(window, options)
        : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async askToSave(window) {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: 'Save the changes to this design before closing?',
        detail: 'Your changes will be lost if you do not save them.',
        buttons: ['Save', 'Discard', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      });
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
  };
}
