/**
 * Lane lengths of a link routed as a bundle of parallel lanes (differential pairs) at a
 * fixed pitch around the routed centreline.
 *
 * Model: lane k of N sits at lateral offset d_k = (k − (N−1)/2) × pitch, positive to the
 * left of the direction of travel, and keeps its side through every leg. At a 90° corner a
 * lane on the inside of the turn is 2·|d| shorter than the centreline and one on the outside
 * 2·|d| longer (the two legs meeting at the corner each lose or gain |d|). So on a leg with
 * net turns T (left turns minus right turns) lane k is 2·d_k·T shorter than the centreline.
 * Lane lengths are linear in k, and the skew (longest minus shortest lane) of the link is
 * 2·(N−1)·|Σ_legs pitch_leg · T_leg|. Vertical and fixed segments add the same length to
 * every lane. Serpentine length matching, which designers add to cancel this skew, is not
 * modelled: the figure is the skew before matching.
 */
import type { PointMm } from '../geometry/rect';

/** Net 90° turns of a rectilinear polyline: left turns minus right turns. */
export function netTurns(points: readonly PointMm[]): number {
  let net = 0;
  for (let k = 2; k < points.length; k++) {
    const a = points[k - 2] as PointMm;
    const b = points[k - 1] as PointMm;
    const c = points[k] as PointMm;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    net += Math.sign(cross);
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
