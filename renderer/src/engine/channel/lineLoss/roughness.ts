/**
 * Conductor-loss increase from copper roughness, Hammerstad–Jensen:
 * K = 1 + (2/π)·atan(1.4·(Δ/δ)²), Δ the RMS roughness and δ the skin depth
 * (E. Hammerstad, Ø. Jensen, "Accurate models for microstrip computer-aided design",
 * IEEE MTT-S Int. Microwave Symp. Digest, 1980, pp. 407–409). K → 1 when Δ ≪ δ (the current
 * layer is deeper than the bumps) and saturates at 2 when Δ ≫ δ (the current path along a
 * rough surface is at most twice as long in this model).
 */

/** Roughness factor multiplying the smooth conductor loss (1 … 2). */
export function hammerstadRoughness(rmsRoughnessM: number, skinDepthM: number): number {
  if (!(rmsRoughnessM > 0)) return 1;
  const ratio = rmsRoughnessM / skinDepthM;
  return 1 + (2 / Math.PI) * Math.atan(1.4 * ratio * ratio);
}
