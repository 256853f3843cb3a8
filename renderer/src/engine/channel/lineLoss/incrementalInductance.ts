/**
 * Conductor resistance per length from Wheeler's incremental-inductance rule
 * (H. A. Wheeler, "Formulas for the skin effect", Proc. IRE 30(9), 1942, pp. 412–424; the
 * rule Pozar uses to derive the stripline attenuation, Microwave Engineering, 4th ed., 2012,
 * §3.7): R' = (R_s/μ0)·∂L/∂n, where ∂L/∂n is the change of the line's inductance per length
 * when every conductor wall recedes by n into its metal. With L = Z_air/c this is
 * R' = (R_s/η0)·∂Z_air/∂n. Walls recede: the strip loses 2n of width and 2n of thickness, and
 * the gap to each plane grows by n on both faces. The derivative is taken numerically, by a
 * central difference, on the closed-form air impedance of the cross-section.
 */
import { ETA0 } from './constants';
import type { AirImpedance } from './crossSection';

/** Resistance per metre of a line whose walls carry surface resistance `rs` (Ω/□), Ω/m. */
export function wheelerResistance(
  zAir: AirImpedance,
  widthM: number,
  thicknessM: number,
  spacingM: number,
  rs: number,
): number {
  const n = 1e-4 * Math.min(widthM, thicknessM > 0 ? thicknessM : widthM, spacingM);
  const at = (dn: number) =>
    zAir(widthM - 2 * dn, Math.max(0, thicknessM - 2 * dn), spacingM + 2 * dn);
  const dZdn = (at(n) - at(-n)) / (2 * n);
  return (rs / ETA0) * dZdn;
}
