import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { ThermalCoupling } from './thermalResult';
import type { ThermalMesh, ThermalProblem } from './types';

/** Part categories that carry optics: their coupling to each xPU is reported. */
export const OPTICAL_CATEGORIES: readonly string[] = [
  'optical-engine',
  'pluggable-module',
  'laser-source',
];

/** xPUs with power and the optical parts (engines, pluggable modules, lasers) to couple them to. */
export function couplingPairs(design: Design, partLibrary: PartLibrary) {
  const library = designParts(design, partLibrary);
  const categoryOf = (c: Design['components'][number]) => library.get(c.partId)?.category ?? '';
  const xpus = design.components.filter(
    (c) => categoryOf(c) === 'xpu' && (c.overrides?.powerW ?? library.get(c.partId)!.powerW) > 0,
  );
  return {
    xpus,
    opticals: design.components.filter((c) => OPTICAL_CATEGORIES.includes(categoryOf(c))),
  };
}

/** Source vector with only the cells of one component's boxes, W. */
export function componentSources(
  mesh: ThermalMesh,
  problem: ThermalProblem,
  componentId: string,
): Float64Array {
  const src = new Float64Array(mesh.sourceW.length);
  const mine = problem.boxes.map(
    (b) => b.owner.kind === 'component' && b.owner.componentId === componentId,
  );
  for (let c = 0; c < src.length; c++) {
    const box = mesh.owner[c]!;
    if (box >= 0 && mine[box]) src[c] = mesh.sourceW[c]!;
  }
  return src;
}

function meanRise(
  mesh: ThermalMesh,
  problem: ThermalProblem,
  riseK: Float64Array,
  componentId: string,
) {
  const mine = problem.boxes.map(
    (b) => b.owner.kind === 'component' && b.owner.componentId === componentId,
  );
  const { nx, nz, xMm, yMm, zMm } = mesh;
  let sum = 0;
  let vol = 0;
  for (let c = 0; c < riseK.length; c++) {
    const box = mesh.owner[c]!;
    if (box < 0 || !mine[box]) continue;
    const k = c % nz;
    const i = Math.floor(c / nz) % nx;
    const j = Math.floor(c / (nz * nx));
    const v = (xMm[i + 1]! - xMm[i]!) * (yMm[j + 1]! - yMm[j]!) * (zMm[k + 1]! - zMm[k]!);
    sum += riseK[c]! * v;
    vol += v;
  }
  return vol > 0 ? sum / vol : NaN;
}

/**
 * Coupling from each xPU to each optical part by superposition: the steady field is
 * linear in the sources, so solving with only the xPU's power (every sink at ambient)
 * and dividing the engine's volume-mean rise by that power gives K/W.
 * `caseRiseK[x]` is the solution for `xpus[x]` alone.
 */
export function thermalCouplings(
  design: Design,
  partLibrary: PartLibrary,
  problem: ThermalProblem,
  mesh: ThermalMesh,
  caseRiseK: Float64Array[],
): ThermalCoupling[] {
  const library = designParts(design, partLibrary);
  const { xpus, opticals } = couplingPairs(design, library);
  const out: ThermalCoupling[] = [];
  xpus.forEach((xpu, x) => {
    const rise = caseRiseK[x];
    if (!rise) return;
    const src = componentSources(mesh, problem, xpu.id);
    const powerW = src.reduce((a, b) => a + b, 0);
    for (const oe of opticals) {
      out.push({
        xpuId: xpu.id,
        opticalId: oe.id,
        kPerW: meanRise(mesh, problem, rise, oe.id) / powerW,
      });
    }
  });
  return out;
}
