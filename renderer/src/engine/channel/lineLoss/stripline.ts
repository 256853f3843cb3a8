/**
 * Characteristic impedance of a centred stripline with a strip of finite thickness,
 * Wheeler's closed form (H. A. Wheeler, "Transmission-line properties of a strip line between
 * parallel planes", IEEE Trans. MTT-26(11), 1978, pp. 866–876; as given in B. C. Wadell,
 * Transmission Line Design Handbook, Artech House, 1991, §3.6): strip width W, thickness t,
 * plane spacing b, x = t/b,
 *   ΔW/(b−t) = x/(π(1−x)) · {1 − ½·ln[(x/(2−x))² + (0.0796x/(W/b + 1.1x))^n]},  n = 2/(1 + ⅔·x/(1−x))
 *   m = (b−t)/(W + ΔW),  Z0 = η0/(4π√ε_r) · ln{1 + (4/π)m·[(8/π)m + √(((8/π)m)² + 6.27)]}.
 * Accurate to about 0.5 % (Wheeler). A stripline is a homogeneous TEM line: ε_eff = ε_r.
 */
import { ETA0 } from './constants';

/** Wheeler's width correction ΔW for strip thickness t, m. */
function thicknessCorrection(widthM: number, thicknessM: number, spacingM: number): number {
  if (!(thicknessM > 0)) return 0;
  const x = thicknessM / spacingM;
  const n = 2 / (1 + ((2 / 3) * x) / (1 - x));
  const fringe = Math.pow((0.0796 * x) / (widthM / spacingM + 1.1 * x), n);
  const term = 1 - 0.5 * Math.log(Math.pow(x / (2 - x), 2) + fringe);
  return (spacingM - thicknessM) * (x / (Math.PI * (1 - x))) * term;
}

/** Characteristic impedance of the stripline in air (ε_r = 1), Ω. */
export function striplineAirImpedance(
  widthM: number,
  thicknessM: number,
  spacingM: number,
): number {
  const m = (spacingM - thicknessM) / (widthM + thicknessCorrection(widthM, thicknessM, spacingM));
  const k = (8 / Math.PI) * m;
  return (ETA0 / (4 * Math.PI)) * Math.log(1 + (4 / Math.PI) * m * (k + Math.sqrt(k * k + 6.27)));
}
