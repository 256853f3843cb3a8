/**
 * A link's measured insertion loss (model MeasuredLoss, an imported Touchstone through path)
 * sampled where the analysis needs it: at the Nyquist frequency and at each frequency of the
 * link's curve grid, by touchstone/interpolateLoss (linear in dB, never extrapolated). A grid
 * frequency outside the measured range has no value (NaN in the curve); a measurement that
 * does not cover Nyquist cannot stand for the link, so it yields the refusal instead.
 */
import type { MeasuredLoss } from '../../model/schema';
import { measuredLossDb } from './touchstone/interpolateLoss';
import type { MeasuredChannel } from './touchstone/parseTouchstone';

/** The measurement sampled for one link, or why it cannot replace the estimate. */
export type MeasuredSample =
  | { readonly ok: true; readonly lossDb: number; readonly curveDb: number[] }
  | { readonly ok: false; readonly problem: string };

/** The stored points as the interpolator's channel. */
function asChannel(m: MeasuredLoss): Pick<MeasuredChannel, 'fGhz' | 'lossDb'> {
  return { fGhz: m.points.map((p) => p.fGhz), lossDb: m.points.map((p) => p.lossDb) };
}

/** Samples `m` at `nyquistGhz` and on `gridGhz`. */
export function sampleMeasured(
  m: MeasuredLoss,
  nyquistGhz: number,
  gridGhz: readonly number[],
): MeasuredSample {
  const channel = asChannel(m) as MeasuredChannel;
  const lossDb = measuredLossDb(channel, nyquistGhz);
  if (lossDb === undefined) {
    const lo = m.points[0]!.fGhz;
    const hi = m.points[m.points.length - 1]!.fGhz;
    return {
      ok: false,
      problem: `${m.fileName}: range ${lo}–${hi} GHz does not cover the Nyquist frequency ${nyquistGhz} GHz`,
    };
  }
  const curveDb = gridGhz.map((f) => measuredLossDb(channel, f) ?? Number.NaN);
  return { ok: true, lossDb, curveDb };
}
