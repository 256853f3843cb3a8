/**
 * The route of a fiber: from its port, through the user's waypoints, to its far port or to
 * the point where it leaves the design (`endMm`). Each leg between consecutive route points
 * is routed round walls and over lower parts (fiberLeg.ts) and every corner is bent on a
 * tangent arc (fiberFillet.ts) of the fiber's bend radius (its own, else its type's minimum
 * long-term radius, model/data/fiber.ts) — the corner at a port end at the part's light-turn
 * radius when it states one (fiberEnds.ts). The route's length is the arc-filleted length.
 * Routes are cached per revision (fiberRouteCache.ts).
 */
import type { Design, Fiber } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { Point3Mm, RectMm } from '../geometry/rect';
import { fiberBendRadiusMm, fiberEnds, type RouteEnd } from './fiberEnds';
import { legObstacles, type FiberEnvironment } from './fiberEnvironment';
import { filletCorners, filletedLengthMm, pathLengthMm, type FilletCorner } from './fiberFillet';
import { clearanceDeficitMm, routeFiberLeg } from './fiberLeg';
import type { PlanPath } from './fiberPlanPath';
import { FIBER_CLEARANCE_MM } from './fiberRoutingData';
import { cachedFiberRoute } from './fiberRouteCache';

export { fiberBendRadiusMm, fiberEnds } from './fiberEnds';

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

/**
 * What the router may vary when a fiber's first route does not fit its bends: the side of
 * each end's side step, its length, and where the ramps of every leg start and how steep.
 */
export interface RouteChoice {
  /** Side of the start's side step: 1 to the left of its exit, -1 to the right. */
  readonly startSide?: 1 | -1;
  /** Side of the end's side step, as `startSide`. */
  readonly endSide?: 1 | -1;
  /** Length of a side step, in exit lengths. */
  readonly stepExits: number;
  /** How far along each leg its rise starts (and before its end its fall ends), mm. */
  readonly rampShiftMm: number;
  /** Shortest ramp run, bend radii (the leg's default when absent). */
  readonly rampRunRadii?: number;
}

/** The first route tried: side steps towards the next point, two exits long, no ramp shift. */
const FIRST_CHOICE: RouteChoice = { stepExits: 2, rampShiftMm: 0 };

/** Choices tried, in order, when the first route leaves a corner tight. */
function laterChoices(radiusMm: number): RouteChoice[] {
  const out: RouteChoice[] = [];
  for (const stepExits of [2, 3.2]) {
    for (const startSide of [undefined, 1, -1] as const) {
      for (const endSide of [undefined, 1, -1] as const) {
        for (const rampRunRadii of [undefined, 1.5]) {
          for (const shiftRadii of [0, 0.5, 1, 1.5, 2, 3]) {
            const rampShiftMm = shiftRadii * radiusMm;
            out.push({ startSide, endSide, stepExits, rampShiftMm, rampRunRadii });
          }
        }
      }
    }
  }
  return out.slice(1);
}

/**
 * The straight exit of `end`, and for a fiber heading back past it towards `next` (a turn of
 * more than 90° in plan) a side step of `stepExits` exit lengths to `side` (by default
 * `next`'s side), so the fiber turns there in two bends of at most 90° that both fit.
 */
function exitPoints(
  end: RouteEnd,
  next: Point3Mm | undefined,
  side: 1 | -1 | undefined,
  stepExits: number,
): Point3Mm[] {
  const exit = end.exit!;
  const d = { x: exit.x - end.point.x, y: exit.y - end.point.y };
  const lp = Math.hypot(d.x, d.y);
  if (!next || lp === 0) return [exit];
  const w = { x: next.x - exit.x, y: next.y - exit.y };
  if (d.x * w.x + d.y * w.y >= 0) return [exit];
  const towards = side ?? (d.x * w.y - d.y * w.x >= 0 ? 1 : -1);
  const r = stepExits * lp;
  const perp = { x: (-d.y / lp) * towards, y: (d.x / lp) * towards };
  return [exit, { x: exit.x + perp.x * r, y: exit.y + perp.y * r, z: exit.z }];
}

/** A candidate route and how far it runs below the clearance over parts, at worst. */
interface Candidate {
  readonly route: FiberRoute;
  readonly clearanceDeficitMm: number;
  /** Sum over corners of the leg length their arcs lack, mm (0 when every bend fits). */
  readonly bendDeficitMm: number;
}

function bendDeficitMm(route: FiberRoute): number {
  let sum = route.isBlocked ? 1e6 : 0;
  for (const c of route.corners) sum += Math.max(0, c.neededMm - c.availableMm);
  return sum;
}

/** Grows a path's plan bounding box by `m`, mm. */
function pathWindow(path: readonly Point3Mm[], m: number): RectMm {
  const xs = path.map((p) => p.x);
  const ys = path.map((p) => p.y);
  return {
    minX: Math.min(...xs) - m,
    minY: Math.min(...ys) - m,
    maxX: Math.max(...xs) + m,
    maxY: Math.max(...ys) + m,
  };
}

/** The route of `fiber` made with `choice`; `plans` keeps plan searches across choices. */
function assembleRoute(
  fiber: Fiber,
  layout: Layout,
  env: FiberEnvironment,
  choice: RouteChoice,
  plans: Map<string, PlanPath>,
  onWindow?: (window: RectMm) => void,
): Candidate {
  const radius = fiberBendRadiusMm(fiber);
  const [start, end] = fiberEnds(fiber, layout);
  const own = new Set([fiber.from.componentId, ...(fiber.to ? [fiber.to.componentId] : [])]);
  const path: Point3Mm[] = [];
  const radii: number[] = [];
  const waypointIndices: number[] = [];
  let isBlocked = false;
  let clearance = 0;
  const push = (p: Point3Mm, radiusMm: number) => {
    const last = path[path.length - 1];
    if (last && last.x === p.x && last.y === p.y && last.z === p.z) return;
    path.push(p);
    radii.push(radiusMm);
  };
  if (start) push(start.point, radius);
  if (start?.exit) {
    const next = fiber.waypointsMm[0] ?? end?.exit ?? end?.point;
    exitPoints(start, next, choice.startSide, choice.stepExits).forEach((p, k) =>
      push(p, k === 0 ? start.turnRadiusMm : radius),
    );
  }
  const stops: { p: Point3Mm; isWaypoint: boolean; isLast?: boolean }[] = fiber.waypointsMm.map(
    (p) => ({ p, isWaypoint: true }),
  );
  const beforeEnd = fiber.waypointsMm[fiber.waypointsMm.length - 1] ?? path[path.length - 1];
  // The end's exit points, walked towards the end (the side step first); only the first is
  // routed to, the rest are the straight exit.
  const arrival = end?.exit
    ? exitPoints(end, beforeEnd, choice.endSide, choice.stepExits).reverse()
    : end
      ? [end.point]
      : [];
  if (arrival[0]) stops.push({ p: arrival[0], isWaypoint: false, isLast: arrival.length === 1 });
  for (const stop of stops) {
    const from = path[path.length - 1];
    if (from) {
      const obstacles = legObstacles(env, own, from, stop.p);
      const leg = routeFiberLeg(from, stop.p, radius, obstacles, {
        onWindow,
        rampShiftMm: choice.rampShiftMm,
        rampRunRadii: choice.rampRunRadii,
        plans,
      });
      isBlocked ||= leg.isBlocked;
      clearance = Math.max(clearance, clearanceDeficitMm(leg.points, obstacles));
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
  if (path.length > 0) onWindow?.(pathWindow(path, radius + FIBER_CLEARANCE_MM));
  const route: FiberRoute = {
    fiberId: fiber.id,
    pathMm: path,
    bendRadiusMm: radius,
    cornerRadiiMm: radii,
    waypointIndices,
    corners,
    lengthMm: filletedLengthMm(path, corners),
    isBlocked,
  };
  return { route, clearanceDeficitMm: clearance, bendDeficitMm: bendDeficitMm(route) };
}

/** Tolerance when comparing deficits, mm. */
const DEFICIT_TOL_MM = 1e-6;

function isBetter(c: Candidate, best: Candidate): boolean {
  if (c.bendDeficitMm < best.bendDeficitMm - DEFICIT_TOL_MM) return true;
  if (c.bendDeficitMm > best.bendDeficitMm + DEFICIT_TOL_MM) return false;
  return c.route.lengthMm < best.route.lengthMm - DEFICIT_TOL_MM;
}

/**
 * Routes `fiber` among `env`'s obstacles (no cache); `onWindow` hears every region the
 * result depends on. The first route (side steps towards the next point, ramps at the leg
 * ends) is kept when every bend fits; otherwise each later choice (the other side step,
 * a longer one, ramps moved along their legs or steeper) is tried in order, and the first whose bends all
 * fit and that clears the parts it passes over as well as the first route wins; when none
 * fits, the one that fits best (then the shortest).
 * A bend a user's waypoint makes tight stays tight (the rules and the fiber command say so).
 */
export function buildFiberRoute(
  fiber: Fiber,
  layout: Layout,
  env: FiberEnvironment,
  onWindow?: (window: RectMm) => void,
): FiberRoute {
  const plans = new Map<string, PlanPath>();
  const first = assembleRoute(fiber, layout, env, FIRST_CHOICE, plans, onWindow);
  if (first.bendDeficitMm <= DEFICIT_TOL_MM) return first.route;
  let best = first;
  for (const choice of laterChoices(fiberBendRadiusMm(fiber))) {
    const c = assembleRoute(fiber, layout, env, choice, plans, onWindow);
    if (c.clearanceDeficitMm > first.clearanceDeficitMm + DEFICIT_TOL_MM) continue;
    if (isBetter(c, best)) best = c;
    if (best.bendDeficitMm <= DEFICIT_TOL_MM) break;
  }
  return best.route;
}

/** The route of one fiber of `doc` (cached per revision). */
export function fiberRoute(doc: Design, fiber: Fiber, layout: Layout): FiberRoute {
  return cachedFiberRoute(doc, fiber, layout, buildFiberRoute);
}

/** Routes of every fiber of `doc`, in document order. */
export function fiberRoutes(doc: Design, layout: Layout): FiberRoute[] {
  return doc.fibers.map((f) => fiberRoute(doc, f, layout));
}

/** Length of a polyline, mm (without arcs). */
export function polylineLengthMm(path: readonly Point3Mm[]): number {
  return pathLengthMm(path);
}
