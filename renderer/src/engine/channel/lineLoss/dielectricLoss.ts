/**
 * Dielectric loss of a TEM line: α_d = k·tan δ / 2 = π f sqrt(ε_r) tan δ / c, Np/m
 * (Pozar, Microwave Engineering, 4th ed., 2012, eq. 3.30 for a TEM line filled with the
 * dielectric; stripline is such a line). A microstrip is only partly filled: its loss is the
 * filling factor q = ε_r (ε_eff − 1) / (ε_eff (ε_r − 1)) times the loss of a line in a medium
 * of ε_eff, α_d = k0 ε_r (ε_eff − 1) tan δ / (2 sqrt(ε_eff) (ε_r − 1)) (Pozar eq. 3.198).
 */

/** Fraction of a quasi-TEM line's electric energy in the dielectric (1 for stripline). */
export function fillingFactor(dk: number, epsEff: number): number {
  if (dk <= 1) return 1;
  return (dk * (epsEff - 1)) / (epsEff * (dk - 1));
}

/** Effective loss tangent of a line: the dielectric's tan δ weighted by the filling factor. */
export function effectiveLossTangent(dk: number, df: number, epsEff: number): number {
  return df * fillingFactor(dk, epsEff);
}
