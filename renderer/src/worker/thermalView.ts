/**
 * What the studio shows of a thermal solve: the headline figures (hottest optical engine or
 * laser against its limit, ring drift, hottest xPU, the solver's own checks), every
 * component's maximum and mean against its limit, the hotspots, the xPU → optics couplings
 * and the heat-map slices. The full 3D field stays in the worker.
 */
import type { ThermalResult } from '../engine/thermal';
import { heatSlices, type HeatSlice } from './heatSlices';

/** A component's maximum temperature against its limit, °C (margin = limit − max, K). */
export interface PartHeat {
  readonly id: string;
  readonly name: string;
  readonly maxC: number;
  readonly limitC: number;
  readonly marginC: number;
}

/** A component's temperatures: maximum and volume mean, °C, against its limit. */
export interface ComponentHeat extends PartHeat {
  readonly category: string;
  readonly meanC: number;
}

/** An optical engine or laser against its limit, with its microring drift (nm; null without rings). */
export interface OpticalHeat extends PartHeat {
  readonly ringDriftNm: number | null;
}

/** A local maximum of the field: position in model mm, temperature °C, and its owner. */
export interface HotspotView {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly c: number;
  readonly ownerId: string;
}

/** Mean rise of an optical part per watt of an xPU alone, K/W. */
export interface CouplingView {
  readonly xpuId: string;
  readonly opticalId: string;
  readonly kPerW: number;
}

/** The thermal figures of one revision. */
export interface ThermalView {
  /** Mesh preset the solve used. */
  readonly preset: string;
  readonly ambientC: number;
  readonly maxC: number;
  /** Optical engine or laser source with the least margin to its limit. */
  readonly tightestOptical: PartHeat | null;
  /** Ids of optical engines and lasers over their limit. */
  readonly opticalOverLimit: string[];
  /** Largest microring drift among the engines, nm. */
  readonly worstRingDriftNm: number | null;
  readonly hottestXpu: PartHeat | null;
  readonly iterations: number;
  /** |Σ sources − Σ boundary heat flow| / Σ sources. */
  readonly energyBalanceError: number;
  readonly cells: number;
  readonly components: ComponentHeat[];
  readonly optical: OpticalHeat[];
  readonly hotspots: HotspotView[];
  /** Empty when the couplings were not solved (big designs; see thermalPreset.ts). */
  readonly couplings: CouplingView[];
  /** Strongest xPU → optics coupling, or null when none was solved. */
  readonly strongestCoupling: CouplingView | null;
  readonly slices: HeatSlice[];
  /** Things the user should know (skipped parts, lost power, sinks with no face). */
  readonly warnings: string[];
}

function heat(p: PartHeat): PartHeat {
  return { id: p.id, name: p.name, maxC: p.maxC, limitC: p.limitC, marginC: p.marginC };
}

/** Reduces a thermal result to the studio's view of it. */
export function thermalView(result: ThermalResult): ThermalView {
  const tightest = result.optical.reduce<ThermalResult['optical'][number] | null>(
    (best, o) => (best === null || o.marginC < best.marginC ? o : best),
    null,
  );
  const drifts = result.optical.flatMap((o) =>
    o.ringDriftNm === undefined ? [] : [o.ringDriftNm],
  );
  const hottestXpu = result.components
    .filter((c) => c.category === 'xpu')
    .reduce<ThermalResult['components'][number] | null>(
      (best, c) => (best === null || c.maxC > best.maxC ? c : best),
      null,
    );
  const couplings = result.couplings.map(({ xpuId, opticalId, kPerW }) => ({
    xpuId,
    opticalId,
    kPerW,
  }));
  return {
    preset: result.grid.preset,
    ambientC: result.ambientC,
    maxC: result.maxC,
    tightestOptical: tightest ? heat(tightest) : null,
    opticalOverLimit: result.optical.filter((o) => o.isOverLimit).map((o) => o.id),
    worstRingDriftNm: drifts.length > 0 ? Math.max(...drifts) : null,
    hottestXpu: hottestXpu ? heat(hottestXpu) : null,
    iterations: result.iterations,
    energyBalanceError: result.energyBalance.relativeError,
    cells: result.grid.cells,
    components: result.components.map((c) => ({
      ...heat(c),
      category: c.category,
      meanC: c.meanC,
    })),
    optical: result.optical.map((o) => ({ ...heat(o), ringDriftNm: o.ringDriftNm ?? null })),
    hotspots: result.hotspots.map(({ x, y, z, c, ownerId }) => ({ x, y, z, c, ownerId })),
    couplings,
    strongestCoupling: couplings.reduce<CouplingView | null>(
      (best, k) => (best === null || k.kPerW > best.kPerW ? k : best),
      null,
    ),
    slices: heatSlices(result.slices, result.field),
    warnings: [...result.warnings],
  };
}
