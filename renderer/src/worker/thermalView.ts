/**
 * What the studio shows of a thermal solve while the user edits: the hottest optical engine
 * or laser against its limit, ring drift, the hottest xPU, and the solver's own checks. The
 * temperature field stays in the worker (the heat map asks for it separately).
 */
import type { ThermalResult } from '../engine/thermal';

/** A component's maximum temperature against its limit, °C (margin = limit − max, K). */
export interface PartHeat {
  readonly id: string;
  readonly name: string;
  readonly maxC: number;
  readonly limitC: number;
  readonly marginC: number;
}

/** The thermal figures of one revision. */
export interface ThermalView {
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
}

function heat(p: {
  id: string;
  name: string;
  maxC: number;
  limitC: number;
  marginC: number;
}): PartHeat {
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
  };
}
