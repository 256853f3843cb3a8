/**
 * The route of a fiber: from its port, through the user's waypoints, to its far port or to
 * the point where it leaves the design (`endMm`). Each leg between consecutive route points
 * is routed round walls and over lower parts (fiberLeg.ts) and every corner is bent on a
 * tangent arc (fiberFillet.ts) of the fiber's bend radius (its own, else its type's minimum
 * long-term radius, model/data/fiber.ts) — the corner at a port end at the part's light-turn
 * radius when it states one (fiberEnds.ts). The route's length is the arc-filleted length.
 * Routes are cached per revision (fiberRouteCache.ts).
 */
import { minBendRadiusMm } from '../../model/data/fiber';
import type { Design, Fiber } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { Point3Mm, RectMm } from '../geometry/rect';
import { panelEnd, portEnd, type RouteEnd } from './fiberEnds';
import { legObstacles, type FiberEnvironment } from './fiberEnvironment';
import { filletCorners, filletedLengthMm, pathLengthMm, type FilletCorner } from './fiberFillet';
import { routeFiberLeg } from './fiberLeg';
import { cachedFiberRoute } from './fiberRouteCache';

/** A fiber's route (global mm) with the arcs of its corners. */
export interface FiberRoute {
  readonly fiberId: string;
  readonly pathMm: readonly Point3Mm[];
  /** The fiber's bend radius, mm. */
  readonly bendRadiusMm: number;
  /** Radius asked for at each point of the path (its ends unused), mm. */
  readonly cornerRadiiMm: readonly number[];
  /** Index in `pathMm` of each of the fiber's waypoints, in order. */
  readonly waypointIndices: readonly number[];
  readonly corners: readonly FilletCorner[];
  /** Length along the path with every corner on its arc, mm. */
  readonly lengthMm: number;
  /** True when a leg found no way round a wall and crosses it. */
  readonly isBlocked: boolean;
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

/**
 * The straight exit of `end`, and for a fiber heading back past it towards `next` (a turn of
 * more than 90° in plan) a side step of two radii towards `next`'s side, so the fiber turns
 * there in two bends of at most 90° that both fit (each leg holds one radius per corner).
 */
function exitPoints(end: RouteEnd, next: Point3Mm | undefined): Point3Mm[] {
  const exit = end.exit!;
  const d = { x: exit.x - end.point.x, y: exit.y - end.point.y };
  const lp = Math.hypot(d.x, d.y);
  if (!next || lp === 0) return [exit];
  const w = { x: next.x - exit.x, y: next.y - exit.y };
  if (d.x * w.x + d.y * w.y >= 0) return [exit];
  const side = d.x * w.y - d.y * w.x >= 0 ? 1 : -1;
  const r = 2 * lp;
  const perp = { x: (-d.y / lp) * side, y: (d.x / lp) * side };
  return [exit, { x: exit.x + perp.x * r, y: exit.y + perp.y * r, z: exit.z }];
}

/**
 * Routes `fiber` among `env`'s obstacles (no cache); `onWindow` hears every region the
 * result depends on.
 */
export function buildFiberRoute(
  fiber: Fiber,
  layout: Layout,
  env: FiberEnvironment,
  onWindow?: (window: RectMm) => void,
): FiberRoute {
  const radius = fiberBendRadiusMm(fiber);
  const [start, end] = fiberEnds(fiber, layout);
  const own = new Set([fiber.from.componentId, ...(fiber.to ? [fiber.to.componentId] : [])]);
  const path: Point3Mm[] = [];
  const radii: number[] = [];
  const waypointIndices: number[] = [];
  let isBlocked = false;
  const push = (p: Point3Mm, radiusMm: number) => {
    const last = path[path.length - 1];
    if (last && last.x === p.x && last.y === p.y && last.z === p.z) return;
    path.push(p);
    radii.push(radiusMm);
  };
  if (start) push(start.point, radius);
  if (start?.exit) {
    const next = fiber.waypointsMm[0] ?? end?.exit ?? end?.point;
    exitPoints(start, next).forEach((p, k) => push(p, k === 0 ? start.turnRadiusMm : radius));
  }
  const stops: { p: Point3Mm; isWaypoint: boolean; isLast?: boolean }[] = fiber.waypointsMm.map(
    (p) => ({ p, isWaypoint: true }),
  );
  const beforeEnd = fiber.waypointsMm[fiber.waypointsMm.length - 1] ?? path[path.length - 1];
  // The end's exit points, walked towards the end (the side step first); only the first is
  // routed to, the rest are the straight exit.
  const arrival = end?.exit ? exitPoints(end, beforeEnd).reverse() : end ? [end.point] : [];
  if (arrival[0]) stops.push({ p: arrival[0], isWaypoint: false, isLast: arrival.length === 1 });
  for (const stop of stops) {
    const from = path[path.length - 1];
    if (from) {
      const leg = routeFiberLeg(
        from,
        stop.p,
        radius,
        legObstacles(env, own, from, stop.p),
        onWindow,
      );
      isBlocked ||= leg.isBlocked;
      for (const p of leg.points.slice(1, -1)) push(p, radius);
    }
    const before = path.length;
    push(stop.p, stop.isLast && end?.exit ? end.turnRadiusMm : radius);
    if (stop.isWaypoint) waypointIndices.push(path.length > before ? path.length - 1 : before - 1);
  }
  arrival
    .slice(1)
    .forEach((p, k) => push(p, k === arrival.length - 2 ? end!.turnRadiusMm : radius));
  if (end?.exit) push(end.point, radius);
  const corners = filletCorners(path, (i) => radii[i] ?? radius);
  return {
    fiberId: fiber.id,
    pathMm: path,
    bendRadiusMm: radius,
    cornerRadiiMm: radii,
    waypointIndices,
    corners,
    lengthMm: filletedLengthMm(path, corners),
    isBlocked,
  };
}

/** The route of one fiber of `doc` (cached per revision). */
export function fiberRoute(doc: Design, fiber: Fiber, layout: Layout): FiberRoute {
  return cachedFiberRoute(doc, fiber, layout);
}

/** Routes of every fiber of `doc`, in document order. */
export function fiberRoutes(doc: Design, layout: Layout): FiberRoute[] {
  return doc.fibers.map((f) => fiberRoute(doc, f, layout));
}

/** Length of a polyline, mm (without arcs). */
export function polylineLengthMm(path: readonly Point3Mm[]): number {
  return pathLengthMm(path);
}
