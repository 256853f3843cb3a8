/**
 * What a Touchstone file must satisfy before it can stand for a channel: frequencies rising
 * strictly; passive data — |S21| ≤ 1 and, for every column j (power entering port j), the
 * power leaving all ports Σ_i |S_ij|² ≤ 1 (a passive network cannot create power), each within
 * PASSIVITY_TOLERANCE for measurement noise; and a range that covers the lane's Nyquist
 * frequency (the loss there is what the budget needs, and it is interpolated, never
 * extrapolated).
 */
import type { SRecord } from './records';
import { TouchstoneError } from './touchstoneError';

/** Allowed excess over 1 of |S21| and of a column's power sum (VNA noise of ~0.004 dB). */
export const PASSIVITY_TOLERANCE = 1e-3;

/** Throws unless the frequencies rise strictly. */
export function checkRising(recs: readonly SRecord[], fileName: string): void {
  for (let k = 1; k < recs.length; k++) {
    if (!(recs[k]!.fHz > recs[k - 1]!.fHz))
      throw new TouchstoneError(
        fileName,
        recs[k]!.line,
        `frequency ${recs[k]!.fHz / 1e9} GHz does not rise above the previous ${recs[k - 1]!.fHz / 1e9} GHz`,
      );
  }
}

/** Throws unless every record is passive. */
export function checkPassive(recs: readonly SRecord[], ports: number, fileName: string): void {
  const mag2 = (s: Float64Array, i: number, j: number) =>
    s[2 * (i * ports + j)]! ** 2 + s[2 * (i * ports + j) + 1]! ** 2;
  for (const r of recs) {
    const s21 = Math.sqrt(mag2(r.s, 1, 0));
    if (s21 > 1 + PASSIVITY_TOLERANCE)
      throw new TouchstoneError(
        fileName,
        r.line,
        `not passive: |S21| = ${s21.toFixed(4)} > 1 at ${r.fHz / 1e9} GHz`,
      );
    for (let j = 0; j < ports; j++) {
      let sum = 0;
      for (let i = 0; i < ports; i++) sum += mag2(r.s, i, j);
      if (sum > 1 + PASSIVITY_TOLERANCE)
        throw new TouchstoneError(
          fileName,
          r.line,
          `not passive: Σ|S_i${j + 1}|² = ${sum.toFixed(4)} > 1 at ${r.fHz / 1e9} GHz (column ${j + 1} gives out more power than enters port ${j + 1})`,
        );
    }
  }
}

/** Throws unless the records span `fHz`. */
export function checkCovers(recs: readonly SRecord[], fHz: number, fileName: string): void {
  const lo = recs[0]!;
  const hi = recs[recs.length - 1]!;
  if (fHz < lo.fHz || fHz > hi.fHz)
    throw new TouchstoneError(
      fileName,
      fHz < lo.fHz ? lo.line : hi.line,
      `range ${lo.fHz / 1e9}–${hi.fHz / 1e9} GHz does not cover the Nyquist frequency ${fHz / 1e9} GHz`,
    );
}
