/**
 * One leg of a fiber route in 3D, between two consecutive route points (a port's exit, a
 * waypoint, the end): the plan path among the walls (fiberPlanPath.ts) flown at one routing
 * height — the higher end, or the top of the highest part the plan path passes over plus the
 * clearance, whichever is higher — with a straight rise from the lower start and a straight
 * fall to the lower end. A rise of Δz runs over L = max(FIBER_RAMP_MIN_RUN_MM, 2.5·r,
 * √(2·r·Δz)) of plan length: the arc of radius r at its top needs r·Δz/(s + L) of each leg
 * (s the ramp's length), at most half of L; and half the ramp (≥ 1.25·r; the fiber-bend rule
 * gives an inner leg half to each corner) holds the arc of a turn of up to 102° at its foot,
 * as a port's exit does (fiberEnds.ts). Rise and fall keep their slope and are cut where they
 * meet when the plan path is too short for both (the fiber then peaks lower). A ramp shift
 * starts the rise that far along the plan path (and ends the fall that far before its end),
 * so a ramp that would crowd a plan corner can move past it; `clearanceDeficitMm` tells
 * whether the shifted leg still clears every part it passes over.
 */
import type { Point3Mm, PointMm, RectMm } from '../geometry/rect';
import { segmentEntersRect } from './chamfer';
import { EXIT_RADII } from './fiberEnds';
import { planPath, type PlanPath } from './fiberPlanPath';
import { FIBER_CLEARANCE_MM, FIBER_RAMP_MIN_RUN_MM } from './fiberRoutingData';

/** Obstacles as the leg sees them (the fiber's own ends already left out). */
export interface LegObstacles {
  /** Walls (grown by the clearance) touching a region. */
  wallsIn(region: RectMm): readonly RectMm[];
  /** Parts to pass over touching a region: plan rectangle (grown by the clearance), top mm. */
  overpassesIn(region: RectMm): readonly { readonly rect: RectMm; readonly topMm: number }[];
}

/** A leg's points (both ends included) and whether it had to cross a wall. */
export interface FiberLeg {
  readonly points: Point3Mm[];
  readonly isBlocked: boolean;
}

const EPS = 1e-9;

/** Plan run of a ramp rising `riseMm`, at least `runRadii` bend radii. */
function rampRunMm(riseMm: number, radiusMm: number, runRadii: number): number {
  return riseMm > EPS
    ? Math.max(FIBER_RAMP_MIN_RUN_MM, runRadii * radiusMm, Math.sqrt(2 * radiusMm * riseMm))
    : 0;
}

/** Height the plan path must fly at to clear every overpass it crosses, mm. */
export function routingHeightMm(
  plan: readonly PointMm[],
  a: Point3Mm,
  b: Point3Mm,
  obstacles: LegObstacles,
): number {
  let z = Math.max(a.z, b.z);
  let box = { minX: a.x, minY: a.y, maxX: a.x, maxY: a.y };
  for (const p of plan) {
    box = {
      minX: Math.min(box.minX, p.x),
      minY: Math.min(box.minY, p.y),
      maxX: Math.max(box.maxX, p.x),
      maxY: Math.max(box.maxY, p.y),
    };
  }
  for (const o of obstacles.overpassesIn(box)) {
    if (o.topMm + FIBER_CLEARANCE_MM <= z) continue;
    for (let k = 1; k < plan.length; k++) {
      if (segmentEntersRect(plan[k - 1]!, plan[k]!, o.rect)) {
        z = o.topMm + FIBER_CLEARANCE_MM;
        break;
      }
    }
  }
  return z;
}

/** `points` without inner points where the path runs straight on. */
export function withoutStraightPoints(points: readonly Point3Mm[]): Point3Mm[] {
  const out: Point3Mm[] = [];
  for (const p of points) {
    const q = out[out.length - 1];
    const o = out[out.length - 2];
    if (q && o) {
      const u = { x: q.x - o.x, y: q.y - o.y, z: q.z - o.z };
      const v = { x: p.x - q.x, y: p.y - q.y, z: p.z - q.z };
      const cross = Math.hypot(u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x);
      const dot = u.x * v.x + u.y * v.y + u.z * v.z;
      if (dot > 0 && cross <= 1e-9 * Math.hypot(u.x, u.y, u.z) * Math.hypot(v.x, v.y, v.z)) {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** How a leg is routed beyond its ends and radius. */
export interface LegOptions {
  /** Hears every region the plan search depended on. */
  readonly onWindow?: (window: RectMm) => void;
  /** Plan distance from the start where the rise begins (and before the end where the fall ends), mm. */
  readonly rampShiftMm?: number;
  /**
   * Shortest ramp run in bend radii (default 2 × EXIT_RADII); a steeper ramp leaves more of
   * a short plan run to the corners round it.
   */
  readonly rampRunRadii?: number;
  /** Plan paths already found, by their ends (the plan does not depend on the shift). */
  readonly plans?: Map<string, PlanPath>;
}

function cachedPlan(
  a: Point3Mm,
  b: Point3Mm,
  obstacles: LegObstacles,
  options: LegOptions,
): PlanPath {
  const key = `${a.x},${a.y};${b.x},${b.y}`;
  const known = options.plans?.get(key);
  if (known) return known;
  const plan = planPath(a, b, (region) => obstacles.wallsIn(region), options.onWindow);
  options.plans?.set(key, plan);
  return plan;
}

/**
 * How far, at worst, `points` run below the clearance height of a part they pass over, mm
 * (0 when they clear every one).
 */
export function clearanceDeficitMm(points: readonly Point3Mm[], obstacles: LegObstacles): number {
  let worst = 0;
  for (let k = 1; k < points.length; k++) {
    const [p, q] = [points[k - 1]!, points[k]!];
    const box = {
      minX: Math.min(p.x, q.x),
      minY: Math.min(p.y, q.y),
      maxX: Math.max(p.x, q.x),
      maxY: Math.max(p.y, q.y),
    };
    for (const o of obstacles.overpassesIn(box)) {
      const span = clipToRect(p, q, o.rect);
      if (!span) continue;
      const zLow = Math.min(p.z + (q.z - p.z) * span[0], p.z + (q.z - p.z) * span[1]);
      worst = Math.max(worst, o.topMm + FIBER_CLEARANCE_MM - zLow);
    }
  }
  return worst;
}

/** Parameter interval [u0, u1] ⊂ [0, 1] of the plan segment p→q inside `r` (open), if any. */
function clipToRect(p: PointMm, q: PointMm, r: RectMm): [number, number] | undefined {
  let [u0, u1] = [0, 1];
  const d = { x: q.x - p.x, y: q.y - p.y };
  for (const [dp, lo, hi, v] of [
    [d.x, r.minX, r.maxX, p.x],
    [d.y, r.minY, r.maxY, p.y],
  ] as const) {
    if (Math.abs(dp) < EPS) {
      if (v <= lo || v >= hi) return undefined;
      continue;
    }
    const [ta, tb] = [(lo - v) / dp, (hi - v) / dp];
    u0 = Math.max(u0, Math.min(ta, tb));
    u1 = Math.min(u1, Math.max(ta, tb));
  }
  return u1 - u0 > EPS ? [u0, u1] : undefined;
}

/** Routes one leg from `a` to `b` with corners of `radiusMm`. */
export function routeFiberLeg(
  a: Point3Mm,
  b: Point3Mm,
  radiusMm: number,
  obstacles: LegObstacles,
  options: LegOptions = {},
): FiberLeg {
  const plan = cachedPlan(a, b, obstacles, options);
  const zRoute = routingHeightMm(plan.points, a, b, obstacles);
  const s: number[] = [0];
  for (let k = 1; k < plan.points.length; k++) {
    const p = plan.points[k - 1]!;
    const q = plan.points[k]!;
    s.push(s[k - 1]! + Math.hypot(q.x - p.x, q.y - p.y));
  }
  const total = s[s.length - 1]!;
  if (total < EPS) return { points: [a, b], isBlocked: plan.isBlocked };
  // Height at plan distance d: the lowest of the level, the rise line and the fall line.
  const riseA = zRoute - a.z;
  const riseB = zRoute - b.z;
  const runRadii = options.rampRunRadii ?? 2 * EXIT_RADII;
  const slopeA = riseA > EPS ? riseA / rampRunMm(riseA, radiusMm, runRadii) : Infinity;
  const slopeB = riseB > EPS ? riseB / rampRunMm(riseB, radiusMm, runRadii) : Infinity;
  const shift = Math.max(0, Math.min(options.rampShiftMm ?? 0, total / 2));
  const zAt = (d: number): number =>
    Math.min(
      zRoute,
      slopeA === Infinity ? zRoute : a.z + slopeA * Math.max(0, d - shift),
      slopeB === Infinity ? zRoute : b.z + slopeB * Math.max(0, total - shift - d),
    );
  const marks = [...s];
  if (slopeA !== Infinity) marks.push(shift, shift + riseA / slopeA);
  if (slopeB !== Infinity) marks.push(total - shift, total - shift - riseB / slopeB);
  if (slopeA !== Infinity && slopeB !== Infinity) {
    // Where the rise meets the fall, and where either meets the other end's level.
    marks.push((b.z - a.z + slopeB * (total - shift) + slopeA * shift) / (slopeA + slopeB));
    marks.push(shift + (b.z - a.z) / slopeA, total - shift - (a.z - b.z) / slopeB);
  }
  const inside = [...new Set(marks)].filter((d) => d >= 0 && d <= total).sort((x, y) => x - y);
  const points: Point3Mm[] = [];
  let k = 0;
  for (const d of inside) {
    while (k + 1 < s.length - 1 && s[k + 1]! < d) k++;
    const p = plan.points[k]!;
    const q = plan.points[k + 1]!;
    const len = s[k + 1]! - s[k]!;
    const f = len > EPS ? (d - s[k]!) / len : 0;
    const point = { x: p.x + (q.x - p.x) * f, y: p.y + (q.y - p.y) * f, z: zAt(d) };
    const last = points[points.length - 1];
    if (last && Math.hypot(point.x - last.x, point.y - last.y, point.z - last.z) < 1e-6) continue;
    points.push(point);
  }
  points[0] = a;
  points[points.length - 1] = b;
  return { points: withoutStraightPoints(points), isBlocked: plan.isBlocked };
}
