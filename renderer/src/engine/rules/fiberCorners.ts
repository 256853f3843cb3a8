/**
 * Whether a fiber path can carry its bend radius: at a corner turning by θ, an arc of radius
 * r starts and ends t = r·tan(θ/2) from the corner along each leg. An end leg must be at
 * least t long; an inner leg is shared by two corners and gets half its length each
 * (engine/routing/fiberFillet.ts computes the arcs).
 */
import type { Point3Mm } from '../geometry/rect';
import { filletCorners, type FilletCorner } from '../routing/fiberFillet';

/** A corner whose arc does not fit its legs. */
export interface TightCorner {
  /** Index of the corner in the path. */
  readonly index: number;
  readonly at: Point3Mm;
  readonly turnDeg: number;
  /** Radius asked for at the corner, mm. */
  readonly radiusMm: number;
  /** Leg length the arc needs on each side, mm. */
  readonly neededMm: number;
  /** Leg length available on the shorter side, mm. */
  readonly availableMm: number;
}

function tight(c: FilletCorner): TightCorner {
  return {
    index: c.index,
    at: c.at,
    turnDeg: (c.turnRad * 180) / Math.PI,
    radiusMm: c.radiusMm,
    neededMm: c.neededMm,
    availableMm: c.availableMm,
  };
}

/** The tight ones of already computed corners. */
export function tightOf(corners: readonly FilletCorner[]): TightCorner[] {
  return corners.filter((c) => c.isTight).map(tight);
}

/**
 * Corners of `path` where an arc does not fit (tolerance 1e-6 mm); `radiusMm` is one radius
 * for every corner, or one per path point (its ends unused).
 */
export function tightCorners(
  path: readonly Point3Mm[],
  radiusMm: number | readonly number[],
): TightCorner[] {
  const at = typeof radiusMm === 'number' ? () => radiusMm : (i: number) => radiusMm[i] ?? 0;
  return tightOf(filletCorners(path, at));
}
