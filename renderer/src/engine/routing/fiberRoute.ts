/**
 * The route of a fiber: from its port, through the user's waypoints, to its far port or to
 * the point where it leaves the design (`endMm`); and the bend radius its corners take
 * (the fiber's own, else its type's minimum long-term radius, model/data/fiber.ts).
 */
import { minBendRadiusMm } from '../../model/data/fiber';
import type { Fiber } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { Point3Mm } from '../geometry/rect';
import { portLocation } from '../rules/portLocation';

/** A fiber's route as a polyline (global mm) with the radius of its bends. */
export interface FiberRoute {
  readonly fiberId: string;
  readonly pathMm: readonly Point3Mm[];
  readonly bendRadiusMm: number;
}

/** Bend radius of every corner of `fiber`, mm. */
export function fiberBendRadiusMm(fiber: Fiber): number {
  return fiber.bendRadiusMm ?? minBendRadiusMm(fiber.fiberType);
}

/** The route of one fiber; ends on unknown components are left out of the polyline. */
export function fiberRoute(fiber: Fiber, layout: Layout): FiberRoute {
  const start = portLocation(layout, fiber.from);
  const end = fiber.to !== undefined ? portLocation(layout, fiber.to) : fiber.endMm;
  const pathMm = [
    ...(start ? [start] : []),
    ...fiber.waypointsMm,
    ...(end ? [{ x: end.x, y: end.y, z: end.z }] : []),
  ];
  return { fiberId: fiber.id, pathMm, bendRadiusMm: fiberBendRadiusMm(fiber) };
}

/** Routes of every fiber of the layout's design, in document order. */
export function fiberRoutes(fibers: readonly Fiber[], layout: Layout): FiberRoute[] {
  return fibers.map((f) => fiberRoute(f, layout));
}

/** Length of a polyline, mm. */
export function polylineLengthMm(path: readonly Point3Mm[]): number {
  let sum = 0;
  for (let k = 1; k < path.length; k++) {
    const a = path[k - 1]!;
    const b = path[k]!;
    sum += Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
  }
  return sum;
}
