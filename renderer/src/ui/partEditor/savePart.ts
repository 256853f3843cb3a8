/**
 * Save in the part editor: one addPartDefinition (new part) or updatePartDefinition (edited
 * part) command, so one undo step. A refusal keeps the dialog open with the command's
 * message; a new part may not take a library part's id (it would replace the library part
 * for every component of the design that uses it).
 */
import { addPartDefinition, updatePartDefinition } from '../../model/commands';
import type { Studio } from '../../store/studio';
import { finishedPart, freeId } from '../../store/partDraft';
import { isPartIdTaken } from '../../store/partEditorStore';

function refuse(studio: Studio, error: string): false {
  const store = studio.partEditor;
  const session = store.getState().session;
  if (session) store.setState({ session: { ...session, error } });
  return false;
}

/** Saves the open draft; true when the design took it (the editor then closes). */
export function savePart(studio: Studio): boolean {
  const session = studio.partEditor.getState().session;
  if (!session) return false;
  const part = finishedPart(session.draft);
  if (session.editingId === null && studio.library.has(part.id)) {
    const free = freeId(`${part.id}-copy`, (id) => isPartIdTaken(studio, id));
    return refuse(
      studio,
      `part.id: "${part.id}" is a library part's id; a design part needs its own (e.g. "${free}")`,
    );
  }
  const isSaved =
    session.editingId === null
      ? studio.docs.runCommand(addPartDefinition({ part }))
      : studio.docs.runCommand(updatePartDefinition({ id: session.editingId, part }));
  if (!isSaved) {
    return refuse(studio, studio.docs.store.getState().lastCommandError);
  }
  studio.partEditor.setState({ session: null });
  studio.view.setState({
    notice: `${session.editingId === null ? 'Added' : 'Updated'} part ${part.name} (${part.id})`,
  });
  return true;
}
