/**
 * Editing state of the selected fiber's waypoints, never saved and never undone: the
 * waypoint picked (Delete removes it) and the drag preview (where the dragged waypoint is
 * drawn until release; decision 003). A module store, as the viewport has one studio.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** A waypoint of a fiber. */
export interface WaypointRef {
  readonly fiberId: string;
  readonly index: number;
}

/** What the fiber editor holds. */
export interface FiberEditState {
  /** The picked waypoint, if any. */
  readonly waypoint: WaypointRef | null;
  /** A dragged waypoint drawn at `pointMm` (global mm) until release. */
  readonly preview:
    (WaypointRef & { readonly pointMm: { x: number; y: number; z: number } }) | null;
}

/** The fiber editor's store. */
export const fiberEdit = createStore<FiberEditState>(() => ({ waypoint: null, preview: null }));

/** Reads the fiber editor's store in a component. */
export function useFiberEdit<T>(selector: (s: FiberEditState) => T): T {
  return useStore(fiberEdit, selector);
}
