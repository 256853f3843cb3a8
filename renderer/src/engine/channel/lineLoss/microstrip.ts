/**
 * Quasi-static microstrip, Hammerstad & Jensen (E. Hammerstad, Ø. Jensen, "Accurate models
 * for microstrip computer-aided design", IEEE MTT-S Int. Microwave Symp. Digest, 1980,
 * pp. 407–409; the equations as listed in the Qucs technical documentation, "Microstrip
 * line"): u = W/h,
 *   Z_air(u) = η0/(2π) · ln(F(u)/u + √(1 + (2/u)²)),  F(u) = 6 + (2π − 6)·exp(−(30.666/u)^0.7528)
 *   ε_e(u) = (ε_r+1)/2 + (ε_r−1)/2 · (1 + 10/u)^(−a(u)·b(ε_r)),
 *   a(u) = 1 + ln((u⁴ + (u/52)²)/(u⁴ + 0.432))/49 + ln(1 + (u/18.1)³)/18.7,
 *   b(ε_r) = 0.564·((ε_r − 0.9)/(ε_r + 3))^0.053;
 * strip thickness t widens the strip: Δu1 = (t/(πh))·ln(1 + 4e/((t/h)·coth²√(6.517u))) in air,
 * Δu_r = ½(1 + sech√(ε_r − 1))·Δu1 in the dielectric; Z0 = Z_air(u_r)/√ε_e(u_r) and
 * ε_eff = ε_e(u_r)·(Z_air(u1)/Z_air(u_r))².
 */
import { ETA0 } from './constants';

function zAir(u: number): number {
  const f = 6 + (2 * Math.PI - 6) * Math.exp(-Math.pow(30.666 / u, 0.7528));
  return (ETA0 / (2 * Math.PI)) * Math.log(f / u + Math.sqrt(1 + (2 / u) ** 2));
}

function epsE(u: number, dk: number): number {
  const a =
    1 +
    Math.log((u ** 4 + (u / 52) ** 2) / (u ** 4 + 0.432)) / 49 +
    Math.log(1 + (u / 18.1) ** 3) / 18.7;
  const b = 0.564 * Math.pow((dk - 0.9) / (dk + 3), 0.053);
  return (dk + 1) / 2 + ((dk - 1) / 2) * Math.pow(1 + 10 / u, -a * b);
}

/** Thickness widening Δu1 (in air) of the normalised width u. */
function deltaU1(u: number, tNorm: number): number {
  if (!(tNorm > 0)) return 0;
  const coth = 1 / Math.tanh(Math.sqrt(6.517 * u));
  return (tNorm / Math.PI) * Math.log(1 + (4 * Math.E) / (tNorm * coth * coth));
}

/** Impedance and effective permittivity of a microstrip. */
export function microstripLine(
  widthM: number,
  thicknessM: number,
  heightM: number,
  dk: number,
): { z0: number; epsEff: number } {
  const u = widthM / heightM;
  const du1 = deltaU1(u, thicknessM / heightM);
  const dur = 0.5 * (1 + 1 / Math.cosh(Math.sqrt(Math.max(0, dk - 1)))) * du1;
  const u1 = u + du1;
  const ur = u + dur;
  const er = epsE(ur, dk);
  const zr = zAir(ur);
  return { z0: zr / Math.sqrt(er), epsEff: er * (zAir(u1) / zr) ** 2 };
}

/** Characteristic impedance of the microstrip in air, Ω. */
export function microstripAirImpedance(
  widthM: number,
  thicknessM: number,
  heightM: number,
): number {
  return microstripLine(widthM, thicknessM, heightM, 1).z0;
}
