/**
 * What Delete does to fibers: with a waypoint of the selected fiber picked, removes that
 * waypoint (removeFiberWaypoint); else removes the selected fibers (removeFibers).
 */
import { removeFiberWaypoint, removeFibers } from '../../model/commands';
import type { Studio } from '../../store/studio';

/** Ids of the selected fibers. */
export function selectedFiberIds(studio: Studio): string[] {
  const fibers = new Set(studio.docs.store.getState().doc.fibers.map((f) => f.id));
  return studio.view.getState().selection.filter((id) => fibers.has(id));
}

/** Deletes the picked waypoint or the selected fibers; false when there was neither. */
export function deleteFiberSelection(studio: Studio): boolean {
  const ids = selectedFiberIds(studio);
  const picked = studio.fiberEdit.getState().waypoint;
  if (picked && ids.length === 1 && ids[0] === picked.fiberId) {
    studio.fiberEdit.setState({ waypoint: null });
    studio.docs.runCommand(removeFiberWaypoint({ id: picked.fiberId, index: picked.index }));
    return true;
  }
  if (ids.length === 0) return false;
  if (studio.docs.runCommand(removeFibers({ ids }))) {
    const rest = studio.view.getState().selection.filter((id) => !ids.includes(id));
    studio.select(rest);
  }
  return true;
}
