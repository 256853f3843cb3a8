/**
 * The frequency grid of a link's insertion-loss curve: CURVE_POINTS frequencies evenly spaced
 * from 1 GHz to 1.5 × the lane's Nyquist frequency (the band a SerDes equaliser works over and
 * the range channel specifications plot), both ends included.
 */

/** Points on every link's curve. */
export const CURVE_POINTS = 32;

/** Lowest frequency of the curve, GHz. */
export const CURVE_START_GHZ = 1;

/** Highest frequency of the curve as a multiple of the Nyquist frequency. */
export const CURVE_STOP_PER_NYQUIST = 1.5;

/** The grid for a lane with Nyquist frequency `nyquistGhz`, GHz, rising. */
export function frequencyGridGhz(nyquistGhz: number, points: number = CURVE_POINTS): number[] {
  const stop = Math.max(CURVE_START_GHZ, CURVE_STOP_PER_NYQUIST * nyquistGhz);
  if (points < 2) return [stop];
  const step = (stop - CURVE_START_GHZ) / (points - 1);
  return Array.from({ length: points }, (_, i) => CURVE_START_GHZ + i * step);
}

const shared = new Map<number, readonly number[]>();

/** The default grid for `nyquistGhz`, one frozen array per Nyquist frequency (memo key). */
export function sharedGridGhz(nyquistGhz: number): readonly number[] {
  let grid = shared.get(nyquistGhz);
  if (!grid) {
    if (shared.size > 64) shared.clear();
    grid = Object.freeze(frequencyGridGhz(nyquistGhz));
    shared.set(nyquistGhz, grid);
  }
  return grid;
}
