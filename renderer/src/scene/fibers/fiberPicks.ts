/**
 * Pure helpers of the fiber tools: the fiber two picks make (an optical port to another
 * optical port, or to a point on the base carrier's front edge), the front edge itself, and
 * where a point on a drawn route inserts a waypoint.
 */
import type { Point3Mm } from '../../engine/geometry/rect';
import type { FiberRoute } from '../../engine/routing/fiberRoute';
import type { Carrier, Fiber, PortRef } from '../../model/schema';
import type { PortMarker } from '../portMarkers';

/** The front edge of the base carrier (y = its origin's y), with its top, global mm. */
export interface FrontEdge {
  readonly minX: number;
  readonly maxX: number;
  readonly y: number;
  readonly topMm: number;
}

/** The base carrier's front edge, or null without carriers. */
export function frontEdge(carriers: readonly Carrier[]): FrontEdge | null {
  const base = carriers.find((c) => c.onCarrierId === undefined);
  if (!base) return null;
  const topMm = base.layers.reduce((sum, l) => sum + l.thicknessMm, 0);
  return { minX: base.originMm.x, maxX: base.originMm.x + base.widthMm, y: base.originMm.y, topMm };
}

/** A new fiber from `start` to another optical port or to `endMm`, with the port's lane count. */
export function fiberFromPicks(
  id: string,
  start: PortMarker,
  end: { readonly to: PortRef } | { readonly endMm: Point3Mm },
): Fiber {
  return {
    id,
    from: { componentId: start.componentId, port: start.port.id },
    ...('to' in end ? { to: end.to } : { endMm: end.endMm }),
    fiberType: 'G.657.A2',
    count: start.port.lanes,
    waypointsMm: [],
    externalLengthM: 0,
  };
}

function closestOnSegment(a: Point3Mm, b: Point3Mm, p: Point3Mm): { point: Point3Mm; d: number } {
  const ab = { x: b.x - a.x, y: b.y - a.y, z: b.z - a.z };
  const len2 = ab.x * ab.x + ab.y * ab.y + ab.z * ab.z;
  const t =
    len2 === 0
      ? 0
      : Math.min(
          1,
          Math.max(0, ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y + (p.z - a.z) * ab.z) / len2),
        );
  const point = { x: a.x + ab.x * t, y: a.y + ab.y * t, z: a.z + ab.z * t };
  return { point, d: Math.hypot(point.x - p.x, point.y - p.y, point.z - p.z) };
}

/**
 * The waypoint a click at `p` on the drawn route inserts: the nearest point of the route's
 * polyline, and its index among the fiber's waypoints (after those the route has passed).
 */
export function waypointInsertion(
  route: FiberRoute,
  p: Point3Mm,
): { index: number; pointMm: Point3Mm } {
  let best = { segment: 0, point: route.pathMm[0] ?? p, d: Infinity };
  for (let k = 1; k < route.pathMm.length; k++) {
    const c = closestOnSegment(route.pathMm[k - 1]!, route.pathMm[k]!, p);
    if (c.d < best.d) best = { segment: k - 1, point: c.point, d: c.d };
  }
  const index = route.waypointIndices.filter((i) => i <= best.segment).length;
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return { index, pointMm: { x: r(best.point.x), y: r(best.point.y), z: r(best.point.z) } };
}
