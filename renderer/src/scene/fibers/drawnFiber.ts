/**
 * The route of the fiber the editor draws now (the selected one, with a dragged waypoint
 * where the drag shows it), for the test API. Module state, like ScreenProjector's.
 */
import type { FiberRoute } from '../../engine/routing/fiberRoute';

let drawn: FiberRoute | null = null;

/** Records the route drawn for the selected fiber (null when none is). */
export function setDrawnFiber(route: FiberRoute | null): void {
  drawn = route;
}

/** The route drawn for the selected fiber, if any. */
export function drawnFiber(): FiberRoute | null {
  return drawn;
}
