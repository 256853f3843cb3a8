/**
 * Skin effect of a good conductor: at frequency f the current flows in a layer of depth
 * δ = 1 / sqrt(π f μ0 σ), and the surface resistance is R_s = sqrt(π f μ0 / σ) = 1 / (σ δ)
 * (Pozar, Microwave Engineering, 4th ed., 2012, §1.7, eqs. 1.131 and 1.132, as R_s = 1/(σδ)).
 */
import { MU0 } from './constants';

/** Skin depth, m, of a conductor of conductivity `sigma` (S/m) at `fHz`. */
export function skinDepthM(fHz: number, sigma: number): number {
  return 1 / Math.sqrt(Math.PI * fHz * MU0 * sigma);
}

/** Surface resistance R_s, Ω per square, at `fHz`. */
export function surfaceResistance(fHz: number, sigma: number): number {
  return Math.sqrt((Math.PI * fHz * MU0) / sigma);
}
