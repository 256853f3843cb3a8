import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { ComponentTemperature } from './thermalResult';
import type { ThermalMesh, ThermalProblem } from './types';

/**
 * Maximum, volume-mean and heat-source-layer mean temperature of every component from
 * the cells its boxes own; components owning no cell are left out.
 */
export function componentTemperatures(
  design: Design,
  partLibrary: PartLibrary,
  problem: ThermalProblem,
  mesh: ThermalMesh,
  tempC: Float64Array,
): ComponentTemperature[] {
  const library = designParts(design, partLibrary);
  const index = new Map(design.components.map((c, i) => [c.id, i]));
  const boxComponent = problem.boxes.map((b) =>
    b.owner.kind === 'component' ? index.get(b.owner.componentId)! : -1,
  );
  const n = design.components.length;
  const max = new Float64Array(n).fill(-Infinity);
  const maxCell = new Int32Array(n).fill(-1);
  const [sum, vol, activeSum, activeVol] = [0, 0, 0, 0].map(() => new Float64Array(n)) as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const { nx, ny, nz, xMm, yMm, zMm, owner } = mesh;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const area = (xMm[i + 1]! - xMm[i]!) * (yMm[j + 1]! - yMm[j]!);
      for (let k = 0; k < nz; k++) {
        const c = (j * nx + i) * nz + k;
        const box = owner[c]!;
        const comp = box >= 0 ? boxComponent[box]! : -1;
        if (comp < 0) continue;
        const t = tempC[c]!;
        const v = area * (zMm[k + 1]! - zMm[k]!);
        sum[comp] = sum[comp]! + t * v;
        vol[comp] = vol[comp]! + v;
        if (problem.boxes[box]!.isHeatSource) {
          activeSum[comp] = activeSum[comp]! + t * v;
          activeVol[comp] = activeVol[comp]! + v;
        }
        if (t > max[comp]!) {
          max[comp] = t;
          maxCell[comp] = c;
        }
      }
    }
  }
  const out: ComponentTemperature[] = [];
  design.components.forEach((component, ci) => {
    const part = library.get(component.partId);
    if (!part || vol[ci] === 0) return;
    const cell = maxCell[ci]!;
    const k = cell % nz;
    const i = Math.floor(cell / nz) % nx;
    const j = Math.floor(cell / (nz * nx));
    const limitC = component.overrides?.tempLimitC ?? part.tempLimitC;
    const meanC = sum[ci]! / vol[ci]!;
    out.push({
      id: component.id,
      name: component.name,
      partId: part.id,
      category: part.category,
      maxC: max[ci]!,
      meanC,
      activeMeanC: activeVol[ci]! > 0 ? activeSum[ci]! / activeVol[ci]! : meanC,
      maxAtMm: {
        x: (xMm[i]! + xMm[i + 1]!) / 2,
        y: (yMm[j]! + yMm[j + 1]!) / 2,
        z: (zMm[k]! + zMm[k + 1]!) / 2,
      },
      limitC,
      marginC: limitC - max[ci]!,
    });
  });
  return out;
}
