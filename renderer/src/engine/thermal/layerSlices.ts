import { nearestLine } from './buildMesh';
import type { TemperatureSlice } from './thermalResult';
import type { ThermalMesh, ThermalProblem } from './types';

function emptySlice(mesh: ThermalMesh, label: string, zMm: number): TemperatureSlice {
  return {
    label,
    zMm,
    nx: mesh.nx,
    ny: mesh.ny,
    xMm: Float32Array.from(mesh.xMm),
    yMm: Float32Array.from(mesh.yMm),
    tempC: new Float32Array(mesh.nx * mesh.ny).fill(NaN),
  };
}

/** The horizontal cut through the cells that contain height zMm. */
export function sliceAt(
  mesh: ThermalMesh,
  tempC: Float64Array,
  zMm: number,
  label: string,
): TemperatureSlice {
  const slice = emptySlice(mesh, label, zMm);
  let k = nearestLine(mesh.zMm, zMm);
  if (mesh.zMm[k]! > zMm || k === mesh.nz) k = Math.max(0, k - 1);
  for (let col = 0; col < mesh.nx * mesh.ny; col++) {
    const c = col * mesh.nz + k;
    if (mesh.owner[c]! >= 0) slice.tempC[col] = tempC[c]!;
  }
  return slice;
}

/** Temperature of the highest solid cell of every column: the field seen from above. */
export function topSurface(mesh: ThermalMesh, tempC: Float64Array): TemperatureSlice {
  const slice = emptySlice(mesh, 'top surface', mesh.zMm[mesh.nz]!);
  for (let col = 0; col < mesh.nx * mesh.ny; col++) {
    for (let k = mesh.nz - 1; k >= 0; k--) {
      const c = col * mesh.nz + k;
      if (mesh.owner[c]! >= 0) {
        slice.tempC[col] = tempC[c]!;
        break;
      }
    }
  }
  return slice;
}

/**
 * Heat-map slices: the top surface, the mid-plane of every carrier layer, and the
 * mid-plane of each distinct heat-source layer height of the components.
 */
export function layerSlices(
  mesh: ThermalMesh,
  problem: ThermalProblem,
  tempC: Float64Array,
): TemperatureSlice[] {
  const slices = [topSurface(mesh, tempC)];
  const seen = new Set<string>();
  for (const b of problem.boxes) {
    const isCarrierLayer = b.owner.kind === 'carrier';
    if (!isCarrierLayer && !(b.owner.kind === 'component' && b.isHeatSource)) continue;
    const zMid = (b.minMm.z + b.maxMm.z) / 2;
    const key = `${isCarrierLayer ? b.name : 'source'}@${zMid.toFixed(6)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    slices.push(sliceAt(mesh, tempC, zMid, b.name));
  }
  return slices;
}
