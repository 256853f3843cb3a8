/**
 * The one action registry: menu bar, keyboard shortcuts, the host's native menu and the
 * test API all run actions through `runAction`.
 */
import { EDIT_ACTIONS } from './editActions';
import { FILE_ACTIONS } from './fileActions';
import type { Action, ActionContext } from './types';
import { VIEW_ACTIONS } from './viewActions';
import type { Studio } from '../../store/studio';

/** Every action, in menu order. */
export const ACTIONS: readonly Action[] = [...FILE_ACTIONS, ...EDIT_ACTIONS, ...VIEW_ACTIONS];

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

/** The action for an id ("edit.undo", or parameterised "file.new:cpo-a"), with its argument. */
export function findAction(id: string): { action: Action; arg?: string } | undefined {
  const exact = BY_ID.get(id);
  if (exact) return { action: exact };
  const colon = id.indexOf(':');
  const action = colon > 0 ? BY_ID.get(id.slice(0, colon)) : undefined;
  return action ? { action, arg: id.slice(colon + 1) } : undefined;
}

/**
 * Runs the action with that id if it applies now. Returns false for an unknown id or
 * when its `when` says no.
 */
export function runAction(studio: Studio, id: string, source: ActionContext['source']): boolean {
  const found = findAction(id);
  if (!found) return false;
  const ctx: ActionContext =
    found.arg === undefined ? { studio, source } : { studio, source, arg: found.arg };
  if (!found.action.when(ctx)) return false;
  const result = found.action.run(ctx);
  if (result instanceof Promise) {
    result.catch((err: unknown) => studio.showError(found.action.label, String(err)));
  }
  return true;
}
