/**
 * The one action registry: menu bar, keyboard shortcuts, the host's native menu and the
 * test API all run actions through `runAction`.
 */
import { ARRANGE_ACTIONS } from './arrangeActions';
import { CLIPBOARD_ACTIONS } from './clipboardActions';
import { EDIT_ACTIONS } from './editActions';
import { FILE_ACTIONS } from './fileActions';
import { MACRO_ACTIONS } from './macroActions';
import type { Action, ActionContext } from './types';
import { VIEW_ACTIONS } from './viewActions';
import { THERMAL_ACTIONS } from '../thermal/thermalActions';
import { COOLING_ACTIONS } from '../cooling/coolingActions';
import type { Studio } from '../../store/studio';
import { REVIEW_ACTIONS } from '../review/reviewActions';
import { EXPORT_ACTIONS } from '../export/exportActions';
import { COMPARE_ACTIONS } from '../compare/compareActions';
import { PART_ACTIONS } from '../partEditor/partActions';
import { STACKUP_ACTIONS } from '../stackup/stackupActions';
import { TEMPLATE_ACTIONS } from '../templates/templateActions';
import { FIBER_ACTIONS } from '../fibers/fiberActions';

/** Every action, in menu order. */
export const ACTIONS: readonly Action[] = [
  ...FILE_ACTIONS,
  ...EXPORT_ACTIONS,
  ...EDIT_ACTIONS,
  ...MACRO_ACTIONS,
  ...CLIPBOARD_ACTIONS,
  ...ARRANGE_ACTIONS,
  ...VIEW_ACTIONS,
  ...THERMAL_ACTIONS,
  ...COOLING_ACTIONS,
  ...REVIEW_ACTIONS,
  ...COMPARE_ACTIONS,
  ...STACKUP_ACTIONS,
  ...TEMPLATE_ACTIONS,
  ...PART_ACTIONS,
  ...FIBER_ACTIONS,
];

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
 * Runs the action with that id if it applies now. Resolves to false for an unknown id or
 * when its `when` says no, and to true once the action (open, save, …) has finished.
 */
export async function runActionAsync(
  studio: Studio,
  id: string,
  source: ActionContext['source'],
): Promise<boolean> {
  const found = findAction(id);
  if (!found) return false;
  const ctx: ActionContext =
    found.arg === undefined ? { studio, source } : { studio, source, arg: found.arg };
  if (!found.action.when(ctx)) return false;
  try {
    await found.action.run(ctx);
  } catch (err) {
    studio.showError(found.action.label, err instanceof Error ? err.message : String(err));
  }
  return true;
}

/** Starts the action with that id (see runActionAsync); false if unknown or not applicable now. */
export function runAction(studio: Studio, id: string, source: ActionContext['source']): boolean {
  const found = findAction(id);
  if (!found) return false;
  const ctx: ActionContext =
    found.arg === undefined ? { studio, source } : { studio, source, arg: found.arg };
  if (!found.action.when(ctx)) return false;
  void runActionAsync(studio, id, source);
  return true;
}
