/**
 * Fiber routes as drawn: each corner of a fiber's polyline is bent on a circular arc of the
 * fiber's bend radius, tangent to both legs (it starts and ends t = r·tan(θ/2) from the
 * corner, θ the turn). Where the legs are too short for that arc (the fiber-bend rule's
 * "tight corner", engine/rules/fiberCorners.ts) the arc is drawn as tight as the legs allow
 * and flagged, so the view shows the violation in place. Pure; model millimetres in,
 * scene units out.
 */
import type { Point3Mm } from '../engine/geometry/rect';
import type { FiberRoute } from '../engine/routing/fiberRoute';

/** Largest angle one straight piece of an arc spans, degrees. */
const ARC_STEP_DEG = 10;

/** A polyline with a flag per piece (true: part of an arc tighter than the bend radius). */
export interface BentPath {
  readonly points: Point3Mm[];
  readonly isTight: boolean[];
}

const sub = (a: Point3Mm, b: Point3Mm): Point3Mm => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
const add = (a: Point3Mm, b: Point3Mm): Point3Mm => ({ x: a.x + b.x, y: a.y + b.y, z: a.z + b.z });
const scale = (a: Point3Mm, k: number): Point3Mm => ({ x: a.x * k, y: a.y * k, z: a.z * k });
const dot = (a: Point3Mm, b: Point3Mm) => a.x * b.x + a.y * b.y + a.z * b.z;
const norm = (a: Point3Mm) => Math.hypot(a.x, a.y, a.z);

/** `path` with every corner bent at `radiusMm` (or tighter where the legs are too short). */
export function bendPath(path: readonly Point3Mm[], radiusMm: number): BentPath {
  const points: Point3Mm[] = [];
  const isTight: boolean[] = [];
  const push = (p: Point3Mm, tight: boolean) => {
    if (points.length > 0) isTight.push(tight);
    points.push(p);
  };
  if (path.length === 0) return { points, isTight };
  push(path[0]!, false);
  for (let i = 1; i + 1 < path.length; i++) {
    const [prev, at, next] = [path[i - 1]!, path[i]!, path[i + 1]!];
    const a = sub(at, prev);
    const b = sub(next, at);
    const [la, lb] = [norm(a), norm(b)];
    const u = la > 0 ? scale(a, 1 / la) : a;
    const v = lb > 0 ? scale(b, 1 / lb) : b;
    const turn = la > 0 && lb > 0 ? Math.acos(Math.min(1, Math.max(-1, dot(u, v)))) : 0;
    if (turn < 1e-9 || Math.PI - turn < 1e-9) {
      push(at, false);
      continue;
    }
    // Same leg sharing as the fiber-bend rule: an inner leg gives half its length to each end.
    const available = Math.min(i - 1 === 0 ? la : la / 2, i + 1 === path.length - 1 ? lb : lb / 2);
    const needed = radiusMm * Math.tan(turn / 2);
    const tight = needed > available + 1e-6;
    const t = Math.min(needed, available);
    const r = t / Math.tan(turn / 2);
    const start = sub(at, scale(u, t));
    // Unit normal to u in the plane of the turn, towards the inside; the arc's centre.
    const inward = sub(v, scale(u, dot(u, v)));
    const n = scale(inward, 1 / norm(inward));
    const centre = add(start, scale(n, r));
    push(start, false);
    const steps = Math.max(2, Math.ceil((turn * 180) / Math.PI / ARC_STEP_DEG));
    for (let k = 1; k <= steps; k++) {
      const phi = (turn * k) / steps;
      const p = add(centre, add(scale(n, -r * Math.cos(phi)), scale(u, r * Math.sin(phi))));
      push(p, tight);
    }
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

/** `fibers` bent at their radius, in scene units (`zScale` as the viewport's). */
export function fiberBuffers(fibers: readonly FiberRoute[], zScale: number): FiberBuffers {
  const positions: number[] = [];
  const tight: number[] = [];
  for (const fiber of fibers) {
    const bent = bendPath(fiber.pathMm, fiber.bendRadiusMm);
    for (let i = 1; i < bent.points.length; i++) {
      const a = bent.points[i - 1]!;
      const b = bent.points[i]!;
      positions.push(a.x, a.z * zScale, -a.y, b.x, b.z * zScale, -b.y);
      tight.push(bent.isTight[i - 1] ? 1 : 0);
    }
  }
  return { positions: new Float32Array(positions), tight: Uint8Array.from(tight) };
}
