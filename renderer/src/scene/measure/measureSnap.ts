/**
 * Snapping of measure points: a click on a part snaps to the centre of its top face or a
 * corner of its (rotated) box when one is within SNAP_RADIUS_PX on screen, else to the
 * nearest box edge within that radius, else stays on the picked surface point. Pure: the
 * caller passes the projection from model mm to client pixels.
 */
import type { BoxMm } from '../layout';

/** A point in global model mm. */
export interface Mm3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** Screen distance within which a point snaps, CSS px. */
export const SNAP_RADIUS_PX = 14;

/** Model → client pixels (null when behind the camera). */
export type Projector = (p: Mm3) => { x: number; y: number } | null;

/** A snapped point and what it snapped to. */
export interface SnappedPoint extends Mm3 {
  readonly snap: 'centre' | 'corner' | 'edge' | 'surface';
}

/** The centre of the box's top face and its 8 corners (rotated by `rotationDeg` about z). */
export function boxKeyPoints(box: BoxMm & { rotationDeg: number }): {
  centre: Mm3;
  corners: Mm3[];
} {
  const rad = (box.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const corners: Mm3[] = [];
  for (const z of [box.z, box.z + box.sizeZ]) {
    for (const [sx, sy] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      const lx = (sx * box.sizeX) / 2;
      const ly = (sy * box.sizeY) / 2;
      corners.push({ x: box.x + lx * cos - ly * sin, y: box.y + lx * sin + ly * cos, z });
    }
  }
  return { centre: { x: box.x, y: box.y, z: box.z + box.sizeZ }, corners };
}

/** The 12 edges of the box as corner index pairs into `boxKeyPoints().corners`. */
const EDGES: ReadonlyArray<readonly [number, number]> = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 0],
  [4, 5],
  [5, 6],
  [6, 7],
  [7, 4],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
];

function lerp(a: Mm3, b: Mm3, t: number): Mm3 {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, z: a.z + (b.z - a.z) * t };
}

/**
 * The measure point for a click at `cursor` (client px) that hit `surface` on `box` (or on
 * no part). Edge points are interpolated in screen space, which is exact in an orthographic
 * view and within a fraction of a pixel's worth of mm in perspective at these distances.
 */
export function snapMeasurePoint(
  surface: Mm3,
  box: (BoxMm & { rotationDeg: number }) | undefined,
  project: Projector,
  cursor: { x: number; y: number },
): SnappedPoint {
  if (!box) return { ...surface, snap: 'surface' };
  const { centre, corners } = boxKeyPoints(box);
  const near = (p: Mm3) => {
    const s = project(p);
    return s ? Math.hypot(s.x - cursor.x, s.y - cursor.y) : Infinity;
  };
  const keys = [
    { p: centre, snap: 'centre' as const },
    ...corners.map((p) => ({ p, snap: 'corner' as const })),
  ];
  const best = keys.reduce((a, b) => (near(b.p) < near(a.p) ? b : a));
  if (near(best.p) <= SNAP_RADIUS_PX) return { ...best.p, snap: best.snap };
  let edgeBest: { p: Mm3; d: number } | null = null;
  for (const [i, j] of EDGES) {
    const a = corners[i] as Mm3;
    const b = corners[j] as Mm3;
    const sa = project(a);
    const sb = project(b);
    if (!sa || !sb) continue;
    const vx = sb.x - sa.x;
    const vy = sb.y - sa.y;
    const len2 = vx * vx + vy * vy;
    const t =
      len2 > 0
        ? Math.min(1, Math.max(0, ((cursor.x - sa.x) * vx + (cursor.y - sa.y) * vy) / len2))
        : 0;
    const d = Math.hypot(sa.x + vx * t - cursor.x, sa.y + vy * t - cursor.y);
    if (d <= SNAP_RADIUS_PX && (!edgeBest || d < edgeBest.d)) edgeBest = { p: lerp(a, b, t), d };
  }
  return edgeBest ? { ...edgeBest.p, snap: 'edge' } : { ...surface, snap: 'surface' };
}

/** Components of the vector from `a` to `b` and its length, mm. */
export function measureDelta(
  a: Mm3,
  b: Mm3,
): { dxMm: number; dyMm: number; dzMm: number; distanceMm: number } {
  const dxMm = b.x - a.x;
  const dyMm = b.y - a.y;
  const dzMm = b.z - a.z;
  return { dxMm, dyMm, dzMm, distanceMm: Math.hypot(dxMm, dyMm, dzMm) };
}
