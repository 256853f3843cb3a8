/**
 * Warm start of a thermal solve: the previous solve's field (another revision, or the
 * previous power ⇄ thermal round) mapped onto the new mesh as the CG iteration's first guess.
 * Each new cell takes the rise over ambient of the old cell that holds its centre (0 where the
 * old field had no material there). Only the starting point changes: the iteration still runs
 * to the same relative residual, so the answer is the same to the tolerance, in fewer
 * iterations when little changed.
 */
import type { TemperatureField } from './thermalResult';
import type { ThermalMesh } from './types';

/** For each centre of `edges` (new cells), the index of the old cell holding it (−1: outside). */
function cellOfCentres(edges: Float64Array, old: Float32Array): Int32Array {
  const out = new Int32Array(edges.length - 1);
  let j = 0;
  const last = old.length - 1;
  for (let i = 0; i < out.length; i++) {
    const c = (edges[i]! + edges[i + 1]!) / 2;
    if (c < old[0]! || c > old[last]!) {
      out[i] = -1;
      continue;
    }
    while (j < last - 1 && old[j + 1]! <= c) j++;
    while (j > 0 && old[j]! > c) j--;
    out[i] = j;
  }
  return out;
}

/** The old field's rise over `ambientC` on `mesh`'s full grid, K (0 where it has none). */
export function mappedRise(
  field: TemperatureField,
  ambientC: number,
  mesh: ThermalMesh,
): Float64Array {
  const ix = cellOfCentres(mesh.xMm, field.xMm);
  const iy = cellOfCentres(mesh.yMm, field.yMm);
  const iz = cellOfCentres(mesh.zMm, field.zMm);
  const { nx, ny, nz } = mesh;
  const rise = new Float64Array(nx * ny * nz);
  for (let j = 0; j < ny; j++) {
    const oj = iy[j]!;
    if (oj < 0) continue;
    for (let i = 0; i < nx; i++) {
      const oi = ix[i]!;
      if (oi < 0) continue;
      const base = (j * nx + i) * nz;
      const oldBase = (oj * field.nx + oi) * field.nz;
      for (let k = 0; k < nz; k++) {
        const ok = iz[k]!;
        if (ok < 0 || mesh.owner[base + k]! < 0) continue;
        const t = field.tempC[oldBase + ok]!;
        if (Number.isFinite(t)) rise[base + k] = t - ambientC;
      }
    }
  }
  return rise;
}
