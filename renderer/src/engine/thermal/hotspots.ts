import type { Hotspot } from './thermalResult';
import type { ThermalMesh, ThermalProblem } from './types';

/** How many hotspots are reported, hottest first. */
export const MAX_HOTSPOTS = 12;

/**
 * Local maxima of the field: solid cells hotter than every solid face neighbour (ties
 * go to the lower index, so a plateau yields one hotspot), hottest first.
 */
export function findHotspots(
  mesh: ThermalMesh,
  problem: ThermalProblem,
  tempC: Float64Array,
  limit = MAX_HOTSPOTS,
): Hotspot[] {
  const { nx, ny, nz, xMm, yMm, zMm, owner } = mesh;
  const found: { c: number; t: number }[] = [];
  const steps = [1, nz, nx * nz];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      for (let k = 0; k < nz; k++) {
        const c = (j * nx + i) * nz + k;
        if (owner[c]! < 0) continue;
        const t = tempC[c]!;
        const has = [k > 0, i > 0, j > 0, k < nz - 1, i < nx - 1, j < ny - 1];
        let isMax = true;
        for (let d = 0; d < 6 && isMax; d++) {
          if (!has[d]) continue;
          const nb = d < 3 ? c - steps[d]! : c + steps[d - 3]!;
          if (owner[nb]! < 0) continue;
          const tn = tempC[nb]!;
          if (tn > t || (tn === t && nb < c)) isMax = false;
        }
        if (isMax) found.push({ c, t });
      }
    }
  }
  found.sort((a, b) => b.t - a.t);
  return found.slice(0, limit).map(({ c, t }) => {
    const k = c % nz;
    const i = Math.floor(c / nz) % nx;
    const j = Math.floor(c / (nz * nx));
    const o = problem.boxes[owner[c]!]!.owner;
    const ownerId = o.kind === 'component' ? o.componentId : o.kind === 'test' ? '' : o.carrierId;
    return {
      x: (xMm[i]! + xMm[i + 1]!) / 2,
      y: (yMm[j]! + yMm[j + 1]!) / 2,
      z: (zMm[k]! + zMm[k + 1]!) / 2,
      c: t,
      ownerId,
    };
  });
}
