/**
 * Propagation delay per millimetre of each medium, ps/mm: t = √Dk_eff / c for electrical
 * lines and n_g / c for fiber, with c = 0.299792458 mm/ps. Sources: docs/DATA-SOURCES.md.
 */
import type { ChannelMedium } from './channelLoss';
import type { Sourced } from './sourced';

/** Speed of light in vacuum, mm/ps. */
export const C_MM_PER_PS = 0.299792458;

/** Effective relative permittivity of an electrical medium. */
export interface DielectricEntry extends Sourced {
  readonly effectiveDk: number;
}

/** Group index of an optical fiber. */
export interface FiberEntry extends Sourced {
  readonly groupIndex: number;
}

/** Effective Dk of each electrical medium. */
export const MEDIUM_DELAY: Readonly<Record<ChannelMedium, DielectricEntry>> = {
  pcb: {
    effectiveDk: 3.4,
    sourceId: 'lightpath-data-md',
    assumption: 'Megtron 7-class laminate, Dk 3.3–3.4 at 10+ GHz; stripline sees the full Dk',
  },
  substrate: {
    effectiveDk: 3.3,
    sourceId: 'lightpath-data-md',
    assumption: 'ABF build-up dielectric, Dk ~3.1–3.4',
  },
  interposer: {
    effectiveDk: 3.9,
    sourceId: 'lightpath-data-md',
    assumption: 'RDL in SiO₂ (Dk 3.9); thin resistive lines slow the wave further — ignored',
  },
  'fanout-rdl': {
    effectiveDk: 3.2,
    sourceId: 'lightpath-estimate',
    assumption: 'polyimide/PBO fan-out dielectric, Dk ~2.9–3.3',
  },
  vertical: {
    effectiveDk: 3.9,
    sourceId: 'lightpath-estimate',
    assumption: 'TSV with oxide liner: taken as SiO₂-loaded, path lengths ≤ 1 mm',
  },
};

/** Single-mode fiber group index near 1310 nm. */
export const FIBER_DELAY: FiberEntry = {
  groupIndex: 1.4677,
  sourceId: 'lightpath-data-md',
  assumption: 'G.652/G.657 silica fiber, group index ≈ 1.467–1.47 → ≈ 4.9 ps/mm',
};

/** Delay of a medium, ps/mm. */
export function mediumDelayPsPerMm(medium: ChannelMedium): number {
  return Math.sqrt(MEDIUM_DELAY[medium].effectiveDk) / C_MM_PER_PS;
}

/** Delay of fiber, ps/mm. */
export function fiberDelayPsPerMm(): number {
  return FIBER_DELAY.groupIndex / C_MM_PER_PS;
}
