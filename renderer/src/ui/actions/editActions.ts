/**
 * Edit actions: undo, redo, delete, duplicate, select all, rotate. Each edit of the
 * document is one model command, run through the document store's history.
 */
import { deleteComponents, duplicateComponents, rotateParts } from '../../model/commands';
import type { Studio } from '../../store/studio';
import type { Action, ActionContext } from './types';
import { deleteFiberSelection, selectedFiberIds } from '../fibers/fiberDelete';

/** Offset of a duplicate from its original, mm (diagonal, so the copy is visible). */
export const DUPLICATE_OFFSET_MM = { x: 5, y: -5 } as const;

/** Selected ids that are components of the open document. */
export function selectedComponentIds(studio: Studio): string[] {
  const ids = new Set(studio.docs.store.getState().doc.components.map((c) => c.id));
  return studio.view.getState().selection.filter((id) => ids.has(id));
}

const hasParts = ({ studio }: ActionContext) => selectedComponentIds(studio).length > 0;

/** The Edit menu's actions (plus rotate). */
export const EDIT_ACTIONS: readonly Action[] = [
  {
    id: 'edit.undo',
    label: 'Undo',
    keys: ['Mod+Z'],
    menu: 'edit',
    when: ({ studio }) => studio.docs.store.getState().history.undoStack.length > 0,
    run: ({ studio }) => studio.docs.undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    menu: 'edit',
    when: ({ studio }) => studio.docs.store.getState().history.redoStack.length > 0,
    run: ({ studio }) => studio.docs.redo(),
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    keys: ['Delete', 'Backspace'],
    menu: 'edit',
    when: (ctx) => hasParts(ctx) || selectedFiberIds(ctx.studio).length > 0,
    run: ({ studio }) => {
      if (deleteFiberSelection(studio)) return;
      if (studio.docs.runCommand(deleteComponents({ ids: selectedComponentIds(studio) }))) {
        studio.select([]);
      }
    },
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    keys: ['Mod+D'],
    menu: 'edit',
    when: hasParts,
    run: ({ studio }) => {
      const before = new Set(studio.docs.store.getState().doc.components.map((c) => c.id));
      const ids = selectedComponentIds(studio);
      if (!studio.docs.runCommand(duplicateComponents({ ids, offsetMm: DUPLICATE_OFFSET_MM })))
        return;
      const added = studio.docs.store.getState().doc.components.filter((c) => !before.has(c.id));
      studio.select(added.map((c) => c.id));
    },
  },
  {
    id: 'edit.selectAll',
    label: 'Select All',
    keys: ['Mod+A'],
    menu: 'edit',
    when: () => true,
    run: ({ studio }) =>
      studio.select(studio.docs.store.getState().doc.components.map((c) => c.id)),
  },
  {
    id: 'part.rotate',
    label: 'Rotate 90°',
    keys: ['R'],
    menu: 'edit',
    when: hasParts,
    run: ({ studio }) =>
      studio.docs.runCommand(rotateParts({ ids: selectedComponentIds(studio), deltaDeg: 90 })),
  },
];
