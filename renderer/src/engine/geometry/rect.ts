/**
 * Axis-aligned rectangles in global millimetres (x right, y into the board), the shape
 * every footprint, keep-out and carrier outline is reduced to for routing.
 */

/** An axis-aligned rectangle, global mm. Invariant: minX ≤ maxX and minY ≤ maxY. */
export interface RectMm {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** A point in the board plane, global mm. */
export interface PointMm {
  readonly x: number;
  readonly y: number;
}

/** A point in space, global mm (z up from the bottom face of the base carrier). */
export interface Point3Mm extends PointMm {
  readonly z: number;
}

/** True when the open interiors of the two rectangles overlap. */
export function rectsOverlap(a: RectMm, b: RectMm): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** True when the closed rectangles touch or overlap. */
export function rectsTouch(a: RectMm, b: RectMm): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** True when the point lies in the closed rectangle. */
export function rectContains(r: RectMm, p: PointMm): boolean {
  return p.x >= r.minX && p.x <= r.maxX && p.y >= r.minY && p.y <= r.maxY;
}

/** The bounding rectangle of two points grown by `marginMm` on every side. */
export function boundsOfPoints(a: PointMm, b: PointMm, marginMm: number): RectMm {
  return {
    minX: Math.min(a.x, b.x) - marginMm,
    minY: Math.min(a.y, b.y) - marginMm,
    maxX: Math.max(a.x, b.x) + marginMm,
    maxY: Math.max(a.y, b.y) + marginMm,
  };
}

/** True when `inner` lies inside the closed rectangle `outer`. */
export function rectInside(inner: RectMm, outer: RectMm): boolean {
  return (
    inner.minX >= outer.minX &&
    inner.minY >= outer.minY &&
    inner.maxX <= outer.maxX &&
    inner.maxY <= outer.maxY
  );
}

/** The intersection of two rectangles, or undefined when they are disjoint. */
export function rectIntersection(a: RectMm, b: RectMm): RectMm | undefined {
  const minX = Math.max(a.minX, b.minX);
  const minY = Math.max(a.minY, b.minY);
  const maxX = Math.min(a.maxX, b.maxX);
  const maxY = Math.min(a.maxY, b.maxY);
  return minX <= maxX && minY <= maxY ? { minX, minY, maxX, maxY } : undefined;
}

/** The point of the closed rectangle nearest to `p` (p itself when inside). */
export function clampToRect(r: RectMm, p: PointMm): PointMm {
  return {
    x: Math.min(Math.max(p.x, r.minX), r.maxX),
    y: Math.min(Math.max(p.y, r.minY), r.maxY),
  };
}

/** Rectilinear (Manhattan) distance between two points, mm. */
export function manhattanMm(a: PointMm, b: PointMm): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}
