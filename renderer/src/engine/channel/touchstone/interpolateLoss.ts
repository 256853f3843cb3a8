/**
 * Insertion loss of a measured channel at any frequency inside its range: linear in dB
 * between the two neighbouring points (loss in dB varies slowly and smoothly with f between
 * the closely spaced points of a VNA sweep). Outside the measured range there is no value:
 * the function returns undefined rather than extrapolate.
 */
import type { MeasuredChannel } from './parseTouchstone';

/** IL at `fGhz`, dB, or undefined outside the measured range. */
export function measuredLossDb(channel: MeasuredChannel, fGhz: number): number | undefined {
  const f = channel.fGhz;
  const n = f.length;
  if (n === 0 || !(fGhz >= f[0]!) || !(fGhz <= f[n - 1]!)) return undefined;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (f[mid]! <= fGhz) lo = mid;
    else hi = mid;
  }
  const f0 = f[lo]!;
  const f1 = f[hi]!;
  const l0 = channel.lossDb[lo]!;
  if (f1 === f0) return l0;
  return l0 + ((channel.lossDb[hi]! - l0) * (fGhz - f0)) / (f1 - f0);
}
