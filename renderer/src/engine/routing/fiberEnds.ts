/**
 * Where a fiber route starts and ends, and how it leaves there. A fiber leaves a side port
 * straight out of the part's edge for 1.25 bend radii, and a top port straight up for 1.25 ×
 * the part's light-turn radius (`lightTurnRadiusMm`, else the fiber's bend radius), so its first
 * bend fits; that first corner is bent at the part's `lightTurnRadiusMm` when the part
 * states one (an in-package light turn), else at the fiber's radius. A fiber that leaves the
 * design at `endMm` may arrive there from any direction (the design does not say which way
 * the faceplate adapter faces).
 */
import { minBendRadiusMm } from '../../model/data/fiber';
import type { Fiber, PortRef } from '../../model/schema';
import { rotateOffset } from '../geometry/footprint';
import type { Layout } from '../geometry/layout';
import type { Point3Mm, PointMm } from '../geometry/rect';
import { portLocation } from '../rules/portLocation';

/** An end of a route: its point, the point where it is free to turn, and that corner's radius. */
export interface RouteEnd {
  readonly point: Point3Mm;
  /** End of the straight exit; absent when the fiber may turn at `point` itself. */
  readonly exit?: Point3Mm;
  readonly turnRadiusMm: number;
}

/**
 * Length of a straight exit in bend radii: room for the arc of a turn of up to 2·atan(1.25)
 * ≈ 102° (a right angle in plan plus the pitch of a rise).
 */
export const EXIT_RADII = 1.25;

const EDGE_NORMAL: Readonly<Record<string, PointMm>> = {
  north: { x: 0, y: 1 },
  south: { x: 0, y: -1 },
  east: { x: 1, y: 0 },
  west: { x: -1, y: 0 },
};

/** The end of a fiber at a port; undefined for an unknown component. */
export function portEnd(layout: Layout, ref: PortRef, radiusMm: number): RouteEnd | undefined {
  const point = portLocation(layout, ref);
  const placed = layout.components.get(ref.componentId);
  if (!point || !placed) return undefined;
  const port = placed.part.ports.find((p) => p.id === ref.port);
  const turn = placed.part.lightTurnRadiusMm;
  const turnRadiusMm = turn ?? radiusMm;
  if (!port || port.edge === 'bottom') return { point, turnRadiusMm };
  if (port.edge === 'top') {
    return {
      point,
      exit: { ...point, z: point.z + EXIT_RADII * (turn ?? radiusMm) },
      turnRadiusMm,
    };
  }
  const d = rotateOffset(EDGE_NORMAL[port.edge]!, placed.component.rotationDeg);
  const run = EXIT_RADII * radiusMm;
  const exit = { x: point.x + d.x * run, y: point.y + d.y * run, z: point.z };
  return { point, exit, turnRadiusMm };
}

/** The end of a fiber that leaves the design at `endMm`: free to arrive from any side. */
export function panelEnd(endMm: Point3Mm, radiusMm: number): RouteEnd {
  return { point: { x: endMm.x, y: endMm.y, z: endMm.z }, turnRadiusMm: radiusMm };
}

/** Bend radius of every corner of `fiber`, mm. */
export function fiberBendRadiusMm(fiber: Fiber): number {
  return fiber.bendRadiusMm ?? minBendRadiusMm(fiber.fiberType);
}

/** Both ends of a fiber's route (undefined for an end on an unknown component). */
export function fiberEnds(
  fiber: Fiber,
  layout: Layout,
): [RouteEnd | undefined, RouteEnd | undefined] {
  const r = fiberBendRadiusMm(fiber);
  const start = portEnd(layout, fiber.from, r);
  const end =
    fiber.to !== undefined ? portEnd(layout, fiber.to, r) : fiber.endMm && panelEnd(fiber.endMm, r);
  return [start, end];
}
