import type { ThermalResult } from './thermalResult';

/** The plain-JSON part of a thermal result (no typed arrays), as the CLI prints it. */
export interface ThermalSummary {
  maxC: number;
  ambientC: number;
  components: { id: string; maxC: number; meanC: number; limitC: number; marginC: number }[];
  hotspots: { x: number; y: number; z: number; c: number }[];
  /** Microring drift per optical engine with rings, nm, by component id. */
  opticalDriftNm: Record<string, number>;
  /** xPU → optical engine coupling, K/W. */
  couplings: { xpuId: string; opticalId: string; kPerW: number }[];
  iterations: number;
  energyBalanceError: number;
  grid: { nx: number; ny: number; nz: number; cells: number; solidCells: number; preset: string };
  warnings: string[];
}

/** Summary of a result for `lightpath analyze --only thermal --json` and reports. */
export function thermalSummary(result: ThermalResult): ThermalSummary {
  const opticalDriftNm: Record<string, number> = {};
  for (const o of result.optical)
    if (o.ringDriftNm !== undefined) opticalDriftNm[o.id] = o.ringDriftNm;
  return {
    maxC: result.maxC,
    ambientC: result.ambientC,
    components: result.components.map(({ id, maxC, meanC, limitC, marginC }) => ({
      id,
      maxC,
      meanC,
      limitC,
      marginC,
    })),
    hotspots: result.hotspots.map(({ x, y, z, c }) => ({ x, y, z, c })),
    opticalDriftNm,
    couplings: result.couplings.map(({ xpuId, opticalId, kPerW }) => ({ xpuId, opticalId, kPerW })),
    iterations: result.iterations,
    energyBalanceError: result.energyBalance.relativeError,
    grid: { ...result.grid },
    warnings: [...result.warnings],
  };
}
