/**
 * Whether a viewport click also hit the selected fiber's drawn route. The route is drawn on
 * top of everything (no depth test) but lies among the parts, so a click on it usually hits
 * a part or the carrier first; those handlers leave such a click alone, or its first click
 * would select the part and drop the fiber before the double-click that adds a waypoint.
 */
import type { Intersection } from 'three';

/** userData flag of the selected fiber's route line (FiberHandles). */
export const FIBER_ROUTE_FLAG = 'isFiberRoute';

/** True when any of a pointer event's intersections is the selected fiber's route. */
export function hitsFiberRoute(e: { readonly intersections: readonly Intersection[] }): boolean {
  return e.intersections.some((i) => i.object.userData[FIBER_ROUTE_FLAG] === true);
}
