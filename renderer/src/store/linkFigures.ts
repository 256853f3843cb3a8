/**
 * Reading the per-link figures of the studio's analysis result, which the worker packs as
 * typed-array columns (worker/studioResult.ts): one link's insertion-loss curve.
 */
import { FIGURE_CURVE_POINTS, type LinkFigures } from '../worker/studioResult';

/** Link `index`'s insertion loss against frequency: GHz and dB, FIGURE_CURVE_POINTS each. */
export function linkLossCurve(
  links: LinkFigures,
  index: number,
): { fGhz: number[]; lossDb: number[] } {
  const from = index * FIGURE_CURVE_POINTS;
  return {
    fGhz: Array.from(links.curveGhz.subarray(from, from + FIGURE_CURVE_POINTS)),
    lossDb: Array.from(links.curveDb.subarray(from, from + FIGURE_CURVE_POINTS)),
  };
}
