/**
 * Lane lengths of a link routed as a bundle of parallel lanes (differential pairs) at a
 * fixed pitch around the routed centreline.
 *
 * Model: lane k of N sits at lateral offset d_k = (k − (N−1)/2) × pitch, positive to the
 * left of the direction of travel, and keeps its side through every leg. At a 90° corner a
 * lane on the inside of the turn is 2·|d| shorter than the centreline and one on the outside
 * 2·|d| longer (the two legs meeting at the corner each lose or gain |d|); at a turn by θ the
 * difference is 2·|d|·tan(θ/2) (a 45° corner: 0.83·|d|). So on a leg with net turning T
 * (`netTurns`, in 90° units) lane k is 2·d_k·T shorter than the centreline.
 * Lane lengths are linear in k, and the skew (longest minus shortest lane) of the link is
 * 2·(N−1)·|Σ_legs pitch_leg · T_leg|. Vertical and fixed segments add the same length to
 * every lane. Serpentine length matching, which designers add to cancel this skew, is not
 * modelled: the figure is the skew before matching.
 */
import type { PointMm } from '../geometry/rect';

/**
 * Net turning of a polyline in units of a 90° turn: Σ sign(θ)·tan(|θ|/2) over its corners
 * (left positive). A lane offset d to the left of the centreline is 2·d·tan(|θ|/2) shorter
 * at a left turn by θ and as much longer at a right turn, so a 90° corner counts 1 and a 45°
 * corner tan(22.5°) ≈ 0.414.
 */
export function netTurns(points: readonly PointMm[]): number {
  let net = 0;
  for (let k = 2; k < points.length; k++) {
    const a = points[k - 2] as PointMm;
    const b = points[k - 1] as PointMm;
    const c = points[k] as PointMm;
    const ux = b.x - a.x;
    const uy = b.y - a.y;
    const vx = c.x - b.x;
    const vy = c.y - b.y;
    const cross = ux * vy - uy * vx;
    const theta = Math.atan2(Math.abs(cross), ux * vx + uy * vy);
    net += Math.sign(cross) * Math.tan(theta / 2);
  }
  return net;
}

/** One leg's contribution to the bundle: its centreline length and turns at its pitch. */
export interface BundleLeg {
  readonly lengthMm: number;
  readonly pitchMm: number;
  readonly netTurns: number;
}

/** Lengths of lanes 0…N−1 and their skew, mm. */
export function laneLengths(
  lanes: number,
  legs: readonly BundleLeg[],
): { lanesMm: number[]; skewMm: number } {
  let centreMm = 0;
  let turnPitchMm = 0;
  for (const leg of legs) {
    centreMm += leg.lengthMm;
    turnPitchMm += leg.pitchMm * leg.netTurns;
  }
  const lanesMm: number[] = [];
  for (let k = 0; k < lanes; k++) lanesMm.push(centreMm - 2 * (k - (lanes - 1) / 2) * turnPitchMm);
  return { lanesMm, skewMm: 2 * (lanes - 1) * Math.abs(turnPitchMm) };
}
