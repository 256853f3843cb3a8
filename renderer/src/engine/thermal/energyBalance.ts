import type { FineSystem } from './fineLevel';

/** Heat in and out of a solved field, W, and the relative imbalance. */
export interface EnergyBalance {
  sourcesW: number;
  /** Heat leaving through exposed faces to ambient, W. */
  toAmbientW: number;
  /** Heat leaving through each sink (cold plate, heatsink), W, by sink id. */
  toSinksW: Record<string, number>;
  /** |Σ sources − Σ boundary heat flow| / Σ sources (0 when there is no source). */
  relativeError: number;
}

/**
 * Energy balance from the boundary faces themselves, Σ G·(T − T_sink), independent of the
 * interior operator: a check that the iteration converged and that no heat is lost
 * between the mesh, the sources and the boundaries.
 * `sourceW` is per mesh cell; `riseK` is the solved rise over ambient per level cell.
 */
export function energyBalance(
  system: FineSystem,
  sourceW: Float64Array,
  riseK: Float64Array,
  ambientC: number,
): EnergyBalance {
  let sourcesW = 0;
  for (let c = 0; c < sourceW.length; c++) sourcesW += sourceW[c]!;
  sourcesW -= system.isolated.powerW;
  let toAmbientW = 0;
  for (let c = 0; c < riseK.length; c++) toAmbientW += system.gAmbient[c]! * riseK[c]!;
  const toSinksW: Record<string, number> = {};
  let out = toAmbientW;
  for (const s of system.sinkFaces) {
    let q = 0;
    const offset = s.coolantC - ambientC;
    for (let f = 0; f < s.cells.length; f++)
      q += s.conductanceWK[f]! * (riseK[s.cells[f]!]! - offset);
    toSinksW[s.id] = (toSinksW[s.id] ?? 0) + q;
    out += q;
  }
  const relativeError = sourcesW !== 0 ? Math.abs(sourcesW - out) / Math.abs(sourcesW) : 0;
  return { sourcesW, toAmbientW, toSinksW, relativeError };
}
