/**
 * Fiber routes as drawn: each corner of a fiber's polyline is bent on a circular arc of its
 * radius, tangent to both legs (engine/routing/fiberFillet.ts: it starts and ends
 * t = r·tan(θ/2) from the corner, θ the turn). Where the legs are too short for that arc (the
 * fiber-bend rule's "tight corner") the arc is drawn as tight as the legs allow and flagged,
 * so the view shows the violation in place. Pure; model millimetres in, scene units out.
 */
import type { Point3Mm } from '../engine/geometry/rect';
import type { FiberRoute } from '../engine/routing/fiberRoute';
import { arcPoint, filletCorners } from '../store/fiberRoutes';

/** Largest angle one straight piece of an arc spans, degrees. */
const ARC_STEP_DEG = 10;

/** A polyline with a flag per piece (true: part of an arc tighter than the bend radius). */
export interface BentPath {
  readonly points: Point3Mm[];
  readonly isTight: boolean[];
}

/**
 * `path` with every corner bent at `radiusMm` (one radius, or one per path point) or tighter
 * where the legs are too short.
 */
export function bendPath(
  path: readonly Point3Mm[],
  radiusMm: number | readonly number[],
): BentPath {
  const points: Point3Mm[] = [];
  const isTight: boolean[] = [];
  const push = (p: Point3Mm, tight: boolean) => {
    if (points.length > 0) isTight.push(tight);
    points.push(p);
  };
  if (path.length === 0) return { points, isTight };
  const radiusAt = typeof radiusMm === 'number' ? () => radiusMm : (i: number) => radiusMm[i] ?? 0;
  const corners = new Map(filletCorners(path, radiusAt).map((c) => [c.index, c]));
  push(path[0]!, false);
  for (let i = 1; i + 1 < path.length; i++) {
    const corner = corners.get(i);
    if (!corner) {
      push(path[i]!, false);
      continue;
    }
    push(corner.start, false);
    const steps = Math.max(2, Math.ceil((corner.turnRad * 180) / Math.PI / ARC_STEP_DEG));
    for (let k = 1; k <= steps; k++)
      push(arcPoint(corner, (corner.turnRad * k) / steps), corner.isTight);
  }
  if (path.length > 1) push(path[path.length - 1]!, false);
  return { points, isTight };
}

/** Every fiber as line-segment pairs in scene coordinates, with a tight flag per segment. */
export interface FiberBuffers {
  /** (x, y, z) of both ends of every segment, scene units. */
  readonly positions: Float32Array;
  /** 1 where the segment is part of an arc tighter than its fiber's bend radius. */
  readonly tight: Uint8Array;
}

/** What drawing a route needs: its path and radius (per corner when known). */
export type DrawnRoute = Pick<FiberRoute, 'pathMm' | 'bendRadiusMm'> &
  Partial<Pick<FiberRoute, 'cornerRadiiMm'>>;

/** `fibers` bent at their radius, in scene units (`zScale` as the viewport's). */
export function fiberBuffers(fibers: readonly DrawnRoute[], zScale: number): FiberBuffers {
  const positions: number[] = [];
  const tight: number[] = [];
  for (const fiber of fibers) {
    const bent = bendPath(fiber.pathMm, fiber.cornerRadiiMm ?? fiber.bendRadiusMm);
    for (let i = 1; i < bent.points.length; i++) {
      const a = bent.points[i - 1]!;
      const b = bent.points[i]!;
      positions.push(a.x, a.z * zScale, -a.y, b.x, b.z * zScale, -b.y);
      tight.push(bent.isTight[i - 1] ? 1 : 0);
    }
  }
  return { positions: new Float32Array(positions), tight: Uint8Array.from(tight) };
}
