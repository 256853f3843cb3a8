/**
 * Export and import of the design's part library through the host's existing file
 * operations: export writes a part-library file (model/partFile.ts) with `exportFile`
 * (save dialog in Electron, download in the browser); import reads one picked with
 * `openDocument` and adds its parts and materials in one importPartLibrary command.
 */
import { importPartLibrary } from '../../model/commands';
import { loadPartFile, PART_FILE_EXTENSION, serializePartFile } from '../../model/partFile';
import type { Studio } from '../../store/studio';
import { fileStem } from '../export/exportActions';

/** Writes the design's own parts and materials as `<design>.lightpath-parts.json`. */
export async function exportPartLibrary(studio: Studio): Promise<void> {
  const { doc, fileName } = studio.docs.store.getState();
  const text = serializePartFile({ materials: doc.materials, parts: doc.parts });
  const saved = await studio.host.exportFile(`${fileStem(fileName)}${PART_FILE_EXTENSION}`, text);
  studio.view.setState({
    notice: saved ? `Exported ${doc.parts.length} part(s) to ${saved.name}` : 'Export cancelled',
  });
}

/**
 * Asks for a part-library file and adds its parts and materials to the design (one undo
 * step). A file that does not load, or parts whose ids the design already has, are
 * reported in the error dialog and change nothing.
 */
export async function importPartLibraryFile(studio: Studio): Promise<void> {
  const opened = await studio.host.openDocument();
  if (!opened) return;
  const loaded = loadPartFile(opened.name, opened.text);
  if (!loaded.ok) {
    const more = loaded.error.errors.slice(1).map((e) => e.message);
    studio.showError(
      'Could not import the part library',
      [loaded.error.message, ...more].join('\n'),
    );
    return;
  }
  const { parts, materials } = loaded.contents;
  if (!studio.docs.runCommand(importPartLibrary({ parts, materials }))) {
    const why = studio.docs.store.getState().lastCommandError;
    studio.showError('Could not import the part library', `${opened.name}: ${why}`);
    return;
  }
  studio.view.setState({
    notice: `Imported ${parts.length} part(s) and ${materials.length} material(s) from ${opened.name}`,
  });
}
