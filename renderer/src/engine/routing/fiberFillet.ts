/**
 * The arcs a fiber takes at the corners of its route: at a corner turning by θ, a circular
 * arc of radius r tangent to both legs starts and ends t = r·tan(θ/2) from the corner. An
 * end leg gives the arc all of its length; a straight run between two corners is shared in
 * proportion to what their arcs need (both arcs fit exactly when t₁ + t₂ ≤ the run, the
 * geometric condition for tangent arcs not to overlap). Where the legs are too short the arc
 * is as tight as its share allows (t = available, radius t / tan(θ/2)) and the corner is
 * marked tight. The filleted length replaces each corner's
 * 2t of straight legs by the arc's r·θ.
 */
import type { Point3Mm } from '../geometry/rect';

/** One corner of a path with its arc. */
export interface FilletCorner {
  /** Index of the corner in the path. */
  readonly index: number;
  readonly at: Point3Mm;
  /** Turn, radians (0 straight on, π back). */
  readonly turnRad: number;
  /** Radius asked for, mm. */
  readonly radiusMm: number;
  /** Radius the legs allow (= radiusMm unless tight), mm. */
  readonly bentRadiusMm: number;
  /** Leg length the asked-for arc needs on each side, mm. */
  readonly neededMm: number;
  /** Leg length available on the shorter side, mm. */
  readonly availableMm: number;
  readonly isTight: boolean;
  /** Where the arc leaves the incoming leg, and the arc's centre. */
  readonly start: Point3Mm;
  readonly centre: Point3Mm;
  /** Unit direction of the incoming leg, and the unit normal from `start` to the centre. */
  readonly u: Point3Mm;
  readonly n: Point3Mm;
}

const sub = (a: Point3Mm, b: Point3Mm): Point3Mm => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
const add = (a: Point3Mm, b: Point3Mm): Point3Mm => ({ x: a.x + b.x, y: a.y + b.y, z: a.z + b.z });
const scale = (a: Point3Mm, k: number): Point3Mm => ({ x: a.x * k, y: a.y * k, z: a.z * k });
const dot = (a: Point3Mm, b: Point3Mm): number => a.x * b.x + a.y * b.y + a.z * b.z;
const norm = (a: Point3Mm): number => Math.hypot(a.x, a.y, a.z);

/** Tolerance of the fit test, mm. */
const FIT_TOL_MM = 1e-6;

/**
 * Every real corner of `path` (turns of 1e-9 rad or less, and reversals, are skipped), with
 * the radius of corner i given by `radiusAt(i)` (i the index in the path).
 */
export function filletCorners(
  path: readonly Point3Mm[],
  radiusAt: (index: number) => number,
): FilletCorner[] {
  // Real corners with the arc each asks for.
  const found: {
    i: number;
    u: Point3Mm;
    inward: Point3Mm;
    turnRad: number;
    r: number;
    t: number;
  }[] = [];
  for (let i = 1; i + 1 < path.length; i++) {
    const [prev, at, next] = [path[i - 1]!, path[i]!, path[i + 1]!];
    const a = sub(at, prev);
    const b = sub(next, at);
    const [la, lb] = [norm(a), norm(b)];
    if (la === 0 || lb === 0) continue;
    const u = scale(a, 1 / la);
    const v = scale(b, 1 / lb);
    const inward = sub(v, scale(u, dot(u, v)));
    // atan2 of |u × v| (= |inward|) and u · v: exact near 0 and π, where acos of a rounded
    // dot product turns a straight-on corner into a 1e-8 rad turn with no normal (NaN arcs).
    const turnRad = Math.atan2(norm(inward), dot(u, v));
    if (turnRad < 1e-9 || Math.PI - turnRad < 1e-9) continue;
    const r = radiusAt(i);
    found.push({ i, u, inward, turnRad, r, t: r * Math.tan(turnRad / 2) });
  }
  // Straight run from path index `from` to `to`, mm.
  const run = (from: number, to: number): number => {
    let sum = 0;
    for (let k = from + 1; k <= to; k++) sum += norm(sub(path[k]!, path[k - 1]!));
    return sum;
  };
  // Share of the run before corner k (between it and the previous corner, or the start).
  const shareBefore = (k: number): number => {
    const c = found[k]!;
    const p = found[k - 1];
    const length = run(p ? p.i : 0, c.i);
    return p ? (length * c.t) / (c.t + p.t) : length;
  };
  return found.map((c, k) => {
    const next = found[k + 1];
    const after = run(c.i, next ? next.i : path.length - 1);
    const availableMm = Math.min(shareBefore(k), next ? (after * c.t) / (c.t + next.t) : after);
    const isTight = c.t > availableMm + FIT_TOL_MM;
    const tanHalf = Math.tan(c.turnRad / 2);
    const t = Math.min(c.t, availableMm);
    const bentRadiusMm = t / tanHalf;
    const at = path[c.i]!;
    const start = sub(at, scale(c.u, t));
    const n = scale(c.inward, 1 / norm(c.inward));
    return {
      index: c.i,
      at,
      turnRad: c.turnRad,
      radiusMm: c.r,
      bentRadiusMm,
      neededMm: c.t,
      availableMm,
      isTight,
      start,
      centre: add(start, scale(n, bentRadiusMm)),
      u: c.u,
      n,
    };
  });
}

/** Point of a corner's arc at angle φ (0 at its start, turnRad at its end). */
export function arcPoint(corner: FilletCorner, phi: number): Point3Mm {
  const r = corner.bentRadiusMm;
  return add(
    corner.centre,
    add(scale(corner.n, -r * Math.cos(phi)), scale(corner.u, r * Math.sin(phi))),
  );
}

/** Length of a polyline, mm. */
export function pathLengthMm(path: readonly Point3Mm[]): number {
  let sum = 0;
  for (let k = 1; k < path.length; k++) sum += norm(sub(path[k]!, path[k - 1]!));
  return sum;
}

/** Length of `path` with every corner on its arc, mm. */
export function filletedLengthMm(
  path: readonly Point3Mm[],
  corners: readonly FilletCorner[],
): number {
  let sum = pathLengthMm(path);
  for (const c of corners) {
    const t = c.bentRadiusMm * Math.tan(c.turnRad / 2);
    sum += c.bentRadiusMm * c.turnRad - 2 * t;
  }
  return sum;
}
