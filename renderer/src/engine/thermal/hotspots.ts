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
  const sx = nz;
  const sy = nx * nz;
  // A neighbour beats cell c when it is solid and hotter, or equally hot with a lower index.
  const beats = (nb: number, c: number, t: number) =>
    owner[nb]! >= 0 && (tempC[nb]! > t || (tempC[nb]! === t && nb < c));
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      for (let k = 0; k < nz; k++) {
        const c = (j * nx + i) * nz + k;
        if (owner[c]! < 0) continue;
        const t = tempC[c]!;
        if (k > 0 && beats(c - 1, c, t)) continue;
        if (k < nz - 1 && beats(c + 1, c, t)) continue;
        if (i > 0 && beats(c - sx, c, t)) continue;
        if (i < nx - 1 && beats(c + sx, c, t)) continue;
        if (j > 0 && beats(c - sy, c, t)) continue;
        if (j < ny - 1 && beats(c + sy, c, t)) continue;
        found.push({ c, t });
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
