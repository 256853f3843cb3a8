/**
 * 45° corner smoothing of a rectilinear route (for media that allow it, model/data/
 * routingAngles): each 90° corner is cut by a 45° segment as long as the free room allows.
 *
 * A corner may use all of a segment that ends the leg and half of a segment it shares with
 * the next corner, so neighbouring cuts never overlap; the cut c is the smaller of the two.
 * The new diagonal must not enter the interior of any obstacle (it may touch a corner); when
 * it does, c is halved, twice at most, and otherwise the corner stays square. Cutting a corner
 * by c shortens the route by (2 − √2)·c, so the result lies between the octilinear distance
 * and the rectilinear length. Deterministic: corners are cut in path order.
 */
import type { PointMm, RectMm } from '../geometry/rect';

/** Clips [lo, hi] of the parameter t to where p + t·d lies strictly between min and max. */
function clip(
  p: number,
  d: number,
  min: number,
  max: number,
  range: { lo: number; hi: number },
): void {
  if (d === 0) {
    if (!(p > min && p < max)) range.hi = -1;
    return;
  }
  const t1 = (min - p) / d;
  const t2 = (max - p) / d;
  range.lo = Math.max(range.lo, Math.min(t1, t2));
  range.hi = Math.min(range.hi, Math.max(t1, t2));
}

const range = { lo: 0, hi: 1 };

/** True when the open segment a→b crosses the open interior of the rectangle. */
export function segmentEntersRect(a: PointMm, b: PointMm, r: RectMm): boolean {
  range.lo = 0;
  range.hi = 1;
  clip(a.x, b.x - a.x, r.minX, r.maxX, range);
  clip(a.y, b.y - a.y, r.minY, r.maxY, range);
  return range.lo < range.hi;
}

function blocked(a: PointMm, b: PointMm, obstacles: readonly RectMm[]): boolean {
  for (const o of obstacles) if (segmentEntersRect(a, b, o)) return true;
  return false;
}

function distance(a: PointMm, b: PointMm): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Cuts the corners of a rectilinear polyline at 45° where the obstacles leave room. */
export function chamferCorners(
  points: readonly PointMm[],
  obstacles: readonly RectMm[],
): PointMm[] {
  const n = points.length;
  if (n < 3) return [...points];
  const out: PointMm[] = [points[0] as PointMm];
  const push = (p: PointMm): void => {
    const last = out[out.length - 1] as PointMm;
    if (last.x !== p.x || last.y !== p.y) out.push(p);
  };
  for (let k = 1; k < n - 1; k++) {
    const a = points[k - 1] as PointMm;
    const p = points[k] as PointMm;
    const b = points[k + 1] as PointMm;
    const lenIn = distance(a, p);
    const lenOut = distance(p, b);
    let c = Math.min(k === 1 ? lenIn : lenIn / 2, k === n - 2 ? lenOut : lenOut / 2);
    let cut = false;
    for (let attempt = 0; attempt < 3 && c > 0 && !cut; attempt++, c /= 2) {
      const q1 = { x: p.x - ((p.x - a.x) / lenIn) * c, y: p.y - ((p.y - a.y) / lenIn) * c };
      const q2 = { x: p.x + ((b.x - p.x) / lenOut) * c, y: p.y + ((b.y - p.y) / lenOut) * c };
      if (blocked(q1, q2, obstacles)) continue;
      push(q1);
      push(q2);
      cut = true;
    }
    if (!cut) push(p);
  }
  push(points[n - 1] as PointMm);
  return out;
}

/** Length of a polyline, mm. */
export function polylineLengthMm(points: readonly PointMm[]): number {
  let sum = 0;
  for (let k = 1; k < points.length; k++)
    sum += distance(points[k - 1] as PointMm, points[k] as PointMm);
  return sum;
}
