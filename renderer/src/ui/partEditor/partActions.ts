/**
 * Part-definition actions (Edit and File menus, command palette, test API): a new part, a
 * copy of a part to edit (`part.duplicate:<part id>`, or the selected component's part),
 * edit a design part (`part.edit:<part id>`, or the selected component's), and export or
 * import the design's part library. Registered in ui/actions/registry.ts.
 */
import type { Studio } from '../../store/studio';
import type { Action, ActionContext } from '../actions/types';
import { selectedComponentIds } from '../actions/editActions';
import { openDuplicate, openEditPart, openNewPart } from '../../store/partEditorStore';
import { exportPartLibrary, importPartLibraryFile } from './partLibraryIo';

/** The part id named by the action's argument, else the part of the one selected component. */
function targetPartId({ studio, arg }: ActionContext): string | undefined {
  if (arg !== undefined) return arg;
  const [id, ...rest] = selectedComponentIds(studio);
  if (id === undefined || rest.length > 0) return undefined;
  return studio.docs.store.getState().doc.components.find((c) => c.id === id)?.partId;
}

function isDesignPart(studio: Studio, id: string | undefined): boolean {
  return id !== undefined && studio.docs.store.getState().doc.parts.some((p) => p.id === id);
}

/** The part actions, in menu order. */
export const PART_ACTIONS: readonly Action[] = [
  {
    id: 'part.new',
    label: 'New part…',
    keys: [],
    menu: 'edit',
    when: () => true,
    run: ({ studio }) => openNewPart(studio),
  },
  {
    id: 'part.duplicate',
    label: 'Duplicate part and edit…',
    keys: [],
    menu: 'edit',
    when: (ctx) => ctx.studio.parts.has(targetPartId(ctx) ?? ''),
    run: (ctx) => {
      const part = ctx.studio.parts.get(targetPartId(ctx) ?? '');
      if (part) openDuplicate(ctx.studio, part);
    },
  },
  {
    id: 'part.edit',
    label: 'Edit part definition…',
    keys: [],
    menu: 'edit',
    when: (ctx) => isDesignPart(ctx.studio, targetPartId(ctx)),
    run: (ctx) => {
      openEditPart(ctx.studio, targetPartId(ctx) ?? '');
    },
  },
  {
    id: 'parts.export',
    label: 'Export part library…',
    keys: [],
    menu: 'file',
    when: ({ studio }) => studio.docs.store.getState().doc.parts.length > 0,
    run: ({ studio }) => exportPartLibrary(studio),
  },
  {
    id: 'parts.import',
    label: 'Import part library…',
    keys: [],
    menu: 'file',
    when: () => true,
    run: ({ studio }) => importPartLibraryFile(studio),
  },
];
