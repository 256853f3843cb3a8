/**
 * Wall-plug efficiency of a CW laser as a function of its temperature.
 *
 * Model (characteristic temperature): the threshold current grows as exp((T − T_ref)/T0);
 * a power-controlled drive raises the current to hold the optical output, so the drive
 * relative to the reference is d(T) = (1 − f) + f · exp((T − T_ref)/T0) (f = threshold
 * share of the drive at T_ref) and WPE(T) = WPE_ref / d(T) at constant forward voltage.
 * Above the drive ceiling c the current stops at c and the output falls:
 * output share = (c − f · exp(…)) / (1 − f), clamped to [0, 1]. Data: model/data/laser
 * LASER_THERMAL (T0 = 60 K, f = 0.2, c = 1.5, T_ref = 25 °C).
 */
import { LASER_THERMAL } from '../../model/data/laser';

/** Operating point of a laser at a temperature, relative to its 25 °C point. */
export interface LaserOperatingPoint {
  /** Electrical drive power ÷ that at the reference temperature. */
  readonly driveShare: number;
  /** Optical output ÷ that at the reference temperature (1 while the ceiling allows). */
  readonly outputShare: number;
  /** WPE ÷ WPE at the reference temperature. */
  readonly efficiencyShare: number;
  /** True when the drive sits at its ceiling and the output has fallen. */
  readonly isAtCeiling: boolean;
}

/** The laser's operating point at `tempC` (°C). */
export function laserOperatingPoint(tempC: number): LaserOperatingPoint {
  const { t0K, referenceC, thresholdShare: f, driveCeiling: c } = LASER_THERMAL;
  const threshold = f * Math.exp((tempC - referenceC) / t0K);
  const needed = 1 - f + threshold;
  if (needed <= c) {
    return { driveShare: needed, outputShare: 1, efficiencyShare: 1 / needed, isAtCeiling: false };
  }
  const outputShare = Math.min(1, Math.max(0, (c - threshold) / (1 - f)));
  return { driveShare: c, outputShare, efficiencyShare: outputShare / c, isAtCeiling: true };
}
