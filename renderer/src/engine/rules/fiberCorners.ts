/**
 * Whether a fiber path can carry its bend radius: at a corner turning by θ, an arc of radius
 * r starts and ends t = r·tan(θ/2) from the corner along each leg. An end leg must be at
 * least t long; an inner leg is shared by two corners and gets half its length each.
 */
import type { Point3Mm } from '../geometry/rect';

/** A corner whose arc does not fit its legs. */
export interface TightCorner {
  readonly at: Point3Mm;
  readonly turnDeg: number;
  /** Leg length the arc needs on each side, mm. */
  readonly neededMm: number;
  /** Leg length available on the shorter side, mm. */
  readonly availableMm: number;
}

function sub(a: Point3Mm, b: Point3Mm): Point3Mm {
  return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z };
}

function length(v: Point3Mm): number {
  return Math.hypot(v.x, v.y, v.z);
}

/** Corners of `path` where an arc of `radiusMm` does not fit (tolerance 1e-6 mm). */
export function tightCorners(path: readonly Point3Mm[], radiusMm: number): TightCorner[] {
  const tight: TightCorner[] = [];
  for (let i = 1; i + 1 < path.length; i++) {
    const [prev, at, next] = [path[i - 1]!, path[i]!, path[i + 1]!];
    const a = sub(at, prev);
    const b = sub(next, at);
    const [la, lb] = [length(a), length(b)];
    if (la === 0 || lb === 0) continue;
    const cos = (a.x * b.x + a.y * b.y + a.z * b.z) / (la * lb);
    const turn = Math.acos(Math.min(1, Math.max(-1, cos)));
    if (turn < 1e-9) continue;
    const neededMm = radiusMm * Math.tan(turn / 2);
    const availableMm = Math.min(
      i - 1 === 0 ? la : la / 2,
      i + 1 === path.length - 1 ? lb : lb / 2,
    );
    if (neededMm > availableMm + 1e-6) {
      tight.push({ at, turnDeg: (turn * 180) / Math.PI, neededMm, availableMm });
    }
  }
  return tight;
}
