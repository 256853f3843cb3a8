/**
 * Editing state of the selected fiber's waypoints, never saved and never undone: the
 * waypoint picked (Delete removes it) and the drag preview (where the dragged waypoint is
 * drawn until release; decision 003). One store per studio (`studio.fiberEdit`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

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

/** The fiber editor's store of one studio. */
export type FiberEditStore = StoreApi<FiberEditState>;

/** A fiber editor store with nothing picked. */
export function createFiberEditStore(): FiberEditStore {
  return createStore<FiberEditState>(() => ({ waypoint: null, preview: null }));
}
