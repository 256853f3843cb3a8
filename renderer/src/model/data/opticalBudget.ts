/**
 * Defaults of the optical link budget: laser light into each engine lane, the losses along
 * the light and signal paths, and the receiver sensitivity by lane rate. Every value carries
 * its source id in docs/DATA-SOURCES.md.
 */
import type { FiberType } from '../schema';
import type { RateClass, Sourced } from './sourced';

/** A figure with its unit in the holder's name, and its source. */
export interface BudgetEntry extends Sourced {
  readonly value: number;
}

/** Losses and launch figures of the budget, dB or dBm as named. */
export const OPTICAL_BUDGET = {
  /** Loss of one mated single-mode connector (blind-mate, MPO or LC), dB. */
  connectorDb: {
    value: 0.75,
    sourceId: 'tia-568-3-d',
    assumption: 'TIA-568.3-D maximum per mated pair; typical low-loss MPO is 0.35',
  },
  /** Fiber-to-chip coupling of a silicon-photonic engine (edge coupler / fiber array), dB. */
  chipCouplingDb: {
    value: 1.5,
    sourceId: 'lightpath-estimate',
    assumption: 'edge coupler with a fiber array unit, each pass (light in, signal out)',
  },
  /** Insertion loss of the microring modulator at its operating point, dB. */
  modulatorDb: {
    value: 4,
    sourceId: 'lightpath-estimate',
    assumption: 'ring modulator IL incl. the detuning for extinction; parallel lanes, no WDM',
  },
  /** Multiplexer + demultiplexer loss, dB: none on parallel single-mode (DR-style) lanes. */
  muxDemuxDb: {
    value: 0,
    sourceId: 'lightpath-convention',
    assumption: 'one wavelength per fiber (DR4/DR8); a CWDM design would add ~2 dB per pair',
  },
  /** Extinction ratio of the transmitted PAM4 signal, dB (the specification's minimum). */
  extinctionRatioDb: {
    value: 3.5,
    sourceId: 'ieee-802.3bs-dr4',
    assumption: 'minimum ER of 400GBASE-DR4; OMA = 2·P_avg·(ER − 1)/(ER + 1)',
  },
  /** Attenuation of cabled single-mode fiber at 1310 nm, dB/km (G.652.D, G.657 alike). */
  fiberDbPerKm: {
    value: 0.4,
    sourceId: 'itu-t-g652',
    assumption: 'G.652.D maximum; G.657.A is G.652.D-compliant, B fibers taken alike',
  },
} as const satisfies Record<string, BudgetEntry>;

/** Receiver sensitivity (OMA outer, each lane), dBm, by electrical rate class of the lane. */
export const RX_SENSITIVITY_OMA_DBM: Readonly<Record<RateClass, BudgetEntry>> = {
  '112G': {
    value: -4.4,
    sourceId: 'ieee-802.3bs-dr4',
    assumption: '400GBASE-DR4 / 800G-DR8 (100 Gb/s per lane, 53.125 GBd PAM4), unstressed',
  },
  '224G': {
    value: -2.9,
    sourceId: 'lightpath-estimate',
    assumption:
      'the 112G figure + 1.5 dB: a thermal-noise-limited PIN-TIA needs √2 more optical power at twice the symbol rate',
  },
};

/** Macrobend loss of one full turn at a radius, dB (1550 nm, ITU-T G.652 / G.657 limits). */
export interface BendPoint {
  readonly radiusMm: number;
  readonly dbPerTurn: number;
}

/** Macrobend limits per fiber type, smallest radius first. Source: ITU-T G.657 (10/2012) tables. */
export const MACROBEND_DB_PER_TURN: Readonly<Record<FiberType, Sourced & { points: BendPoint[] }>> =
  {
    'G.652.D': {
      points: [{ radiusMm: 30, dbPerTurn: 0.1 / 100 }],
      sourceId: 'itu-t-g652',
      assumption: '≤ 0.1 dB for 100 turns at 30 mm radius (1625 nm), per turn',
    },
    'G.657.A1': {
      points: [
        { radiusMm: 10, dbPerTurn: 0.75 },
        { radiusMm: 15, dbPerTurn: 0.25 / 10 },
      ],
      sourceId: 'itu-t-g657-2012',
      assumption: '1 turn at 10 mm ≤ 0.75 dB; 10 turns at 15 mm ≤ 0.25 dB (1550 nm)',
    },
    'G.657.A2': {
      points: [
        { radiusMm: 7.5, dbPerTurn: 0.5 },
        { radiusMm: 10, dbPerTurn: 0.1 },
        { radiusMm: 15, dbPerTurn: 0.03 / 10 },
      ],
      sourceId: 'itu-t-g657-2012',
      assumption: '1 turn at 7.5 mm ≤ 0.5 dB; at 10 mm ≤ 0.1 dB; 10 turns at 15 mm ≤ 0.03 dB',
    },
    'G.657.B2': {
      points: [
        { radiusMm: 7.5, dbPerTurn: 0.5 },
        { radiusMm: 10, dbPerTurn: 0.1 },
        { radiusMm: 15, dbPerTurn: 0.03 / 10 },
      ],
      sourceId: 'itu-t-g657-2012',
      assumption: 'as G.657.A2 (same 1550 nm limits)',
    },
    'G.657.B3': {
      points: [
        { radiusMm: 5, dbPerTurn: 0.15 },
        { radiusMm: 7.5, dbPerTurn: 0.08 },
        { radiusMm: 10, dbPerTurn: 0.03 },
      ],
      sourceId: 'itu-t-g657-2012',
      assumption: '1 turn at 5 mm ≤ 0.15 dB; at 7.5 mm ≤ 0.08 dB; at 10 mm ≤ 0.03 dB',
    },
  };
