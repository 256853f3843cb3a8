/**
 * Energy per bit of the electrical and optical functions on a link, pJ per payload bit.
 * The part library's `energy` fields come from these profiles (a test keeps them equal);
 * the power engine multiplies pJ/bit by payload Gb/s to get mW. Sources: docs/DATA-SOURCES.md.
 */
import { REACH_BUDGET_DB, type ReachClass } from './channelBudget';
import type { RateClass, Sourced } from './sourced';

/**
 * Line rate ÷ payload rate of an RS(544,514)-coded Ethernet lane with 256b/257b
 * transcoding: 106.25 Gb/s carries 100 Gb/s, 212.5 carries 200. Source: ieee-802.3ck.
 */
export const FEC_LINE_OVERHEAD = 1.0625;

/** Payload rate of a lane from its line rate, Gb/s. */
export function payloadRateGbps(lineRateGbps: number): number {
  return lineRateGbps / FEC_LINE_OVERHEAD;
}

/** An energy figure, pJ/bit, with its source. */
export interface EnergyEntry extends Sourced {
  readonly pjPerBit: number;
}

/**
 * Energy of an extended-reach (XSR+) SerDes, pJ/bit: linear in the loss budget the receiver
 * must equalise, between the XSR and VSR classes of the same rate class:
 * E = E_XSR + (B_XSR+ − B_XSR) / (B_VSR − B_XSR) × (E_VSR − E_XSR). At 112G (10, 13, 16 dB;
 * 1.0 and 2.5 pJ/bit) that is 1.75 pJ/bit. Model: lightpath-estimate (equaliser power grows
 * with the loss it must undo; no published XSR+ transceiver power was found).
 */
function xsrPlusPjPerBit(rateClass: RateClass, xsrPj: number, vsrPj: number): number {
  const b = REACH_BUDGET_DB[rateClass];
  const share = (b['XSR+'].budgetDb - b.XSR.budgetDb) / (b.VSR.budgetDb - b.XSR.budgetDb);
  return xsrPj + share * (vsrPj - xsrPj);
}

/** Host SerDes energy per end (Tx + Rx of one lane direction pair), by rate and reach class. */
export const HOST_SERDES_PJ_PER_BIT: Readonly<
  Record<RateClass, Readonly<Record<ReachClass, EnergyEntry>>>
> = {
  '112G': {
    XSR: {
      pjPerBit: 1.0,
      sourceId: 'gangasani-2025-xsr',
      assumption: '5 nm 113 Gb/s XSR transceiver: < 1.1 pJ/bit per lane over 1–12 dB channels',
    },
    'XSR+': {
      pjPerBit: xsrPlusPjPerBit('112G', 1.0, 2.5),
      sourceId: 'lightpath-estimate',
      assumption: 'linear in the loss budget between XSR (10 dB, 1.0) and VSR (16 dB, 2.5): 1.75',
    },
    VSR: {
      pjPerBit: 2.5,
      sourceId: 'serdes-energy-typical',
      assumption: 'chip-to-module SerDes with CTLE + short FFE',
    },
    MR: {
      pjPerBit: 4.0,
      sourceId: 'serdes-energy-typical',
      assumption: 'chip-to-chip, DSP-based receiver',
    },
    LR: {
      pjPerBit: 5.0,
      sourceId: 'serdes-energy-typical',
      assumption: 'long-reach ADC/DSP SerDes, full equalisation',
    },
  },
  '224G': {
    XSR: {
      pjPerBit: 1.2,
      sourceId: 'serdes-energy-typical',
      assumption: 'as 112G XSR, slightly more equalisation',
    },
    'XSR+': {
      pjPerBit: xsrPlusPjPerBit('224G', 1.2, 3.0),
      sourceId: 'lightpath-estimate',
      assumption: 'linear in the loss budget between XSR (10 dB, 1.2) and VSR (18 dB, 3.0): 1.875',
    },
    VSR: {
      pjPerBit: 3.0,
      sourceId: 'serdes-energy-typical',
      assumption: 'as 112G VSR, ~20 % more',
    },
    MR: { pjPerBit: 4.5, sourceId: 'serdes-energy-typical', assumption: 'as 112G MR, ~10 % more' },
    LR: {
      pjPerBit: 5.5,
      sourceId: 'serdes-energy-typical',
      assumption: 'as 112G LR, ~10 % more: process scaling offsets the rate',
    },
  },
};

/** Energy split of one optical or retiming function block, pJ per payload bit. */
export interface EnergyProfile extends Sourced {
  readonly dspPjPerBit?: number;
  readonly driverTiaPjPerBit?: number;
  readonly modulatorPjPerBit?: number;
  readonly laserPjPerBit?: number;
}

/** Profile ids of the function blocks in the part library. */
export type EnergyProfileId =
  | 'dsp-module-112g'
  | 'dsp-module-224g'
  | 'lpo-module-112g'
  | 'linear-optical-engine'
  | 'external-laser'
  | 'retimer-112g';

/** Energy split of each function block, pJ per payload bit. */
export const ENERGY_PROFILES: Readonly<Record<EnergyProfileId, EnergyProfile>> = {
  'dsp-module-112g': {
    dspPjPerBit: 8.75,
    driverTiaPjPerBit: 4.75,
    modulatorPjPerBit: 1.25,
    laserPjPerBit: 4.0,
    sourceId: 'module-power-dsp',
    assumption: '15 W per 800G (14–16 W); DSP ≈ 47 % of it, the share LPO removes',
  },
  'dsp-module-224g': {
    dspPjPerBit: 8.0,
    driverTiaPjPerBit: 4.5,
    modulatorPjPerBit: 1.0,
    laserPjPerBit: 4.0,
    sourceId: 'module-power-dsp',
    assumption: '28 W per 1.6T (25–30 W); DSP ≈ 46 %',
  },
  'lpo-module-112g': {
    driverTiaPjPerBit: 4.75,
    modulatorPjPerBit: 1.25,
    laserPjPerBit: 4.0,
    sourceId: 'module-power-lpo',
    assumption: 'the 800G DSP module without its DSP: 8 W (7–9 W), a 47 % saving (30–50 %)',
  },
  'linear-optical-engine': {
    driverTiaPjPerBit: 3.125,
    modulatorPjPerBit: 1.25,
    sourceId: 'lfw-bailly-2023',
    assumption:
      'CPO/NPO engine, direct drive, microring modulators: 5.5 W/800G less the 2.5 pJ/bit external laser',
  },
  'external-laser': {
    laserPjPerBit: 2.5,
    sourceId: 'lfw-bailly-2023',
    assumption:
      'external laser share of 5.5 W/800G: 75 mW optical per lane at 15 % wall-plug efficiency, 200 Gb/s lanes',
  },
  'retimer-112g': {
    dspPjPerBit: 6.0,
    sourceId: 'lightpath-estimate',
    assumption: 'stand-alone PAM4 retimer: below a module DSP, which also runs the line side',
  },
};

/** Sum of a profile's parts, pJ per payload bit. */
export function profilePjPerBit(profile: EnergyProfile): number {
  return (
    (profile.dspPjPerBit ?? 0) +
    (profile.driverTiaPjPerBit ?? 0) +
    (profile.modulatorPjPerBit ?? 0) +
    (profile.laserPjPerBit ?? 0)
  );
}

/**
 * Share of a host SerDes's energy that does not depend on the channel it drives (clocking,
 * serialiser, minimum-swing driver, CDR): the rest is equaliser effort, taken linear in the
 * loss at Nyquist up to the reach-class budget. A power-scalable I/O drew 1.4 pJ/bit over a
 * 0.75" trace and 1.9 pJ/bit over a 20" one: 1.4 / 1.9 ≈ 0.737 of its full-channel energy
 * remained on the short channel.
 */
export const SERDES_FIXED_SHARE: Sourced & { readonly value: number } = {
  value: 1.4 / 1.9,
  sourceId: 'ibm-power-scalable-io',
  assumption:
    'the 20" Megtron-6 channel uses the full budget of its class and the 0.75" one ≈ 0 dB; the share holds across rate and reach classes',
};
