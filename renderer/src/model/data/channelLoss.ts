/**
 * Insertion loss of the electrical path: per millimetre of each transmission medium and per
 * discrete crossing, at the Nyquist frequency of each rate class (dB). The channel engine
 * sums length × loss per mm + Σ crossings (docs/MODELS.md). Sources: docs/DATA-SOURCES.md.
 */
import { NYQUIST_GHZ, type RateClass, type Sourced } from './sourced';

/**
 * Transmission medium of a routed segment: `pcb` low-loss board laminate (Megtron 7 class
 * stripline), `substrate` ABF build-up package traces, `interposer` 2.5D silicon RDL (CoWoS
 * class), `fanout-rdl` wafer-level fan-out RDL (CPO Type B), `vertical` 3D stack interconnect.
 */
export type ChannelMedium = 'pcb' | 'substrate' | 'interposer' | 'fanout-rdl' | 'vertical';

/** A discrete crossing on the electrical path (joint, via, socket or connector). */
export type CrossingKind =
  | 'microbump'
  | 'hybrid-bond'
  | 'tsv'
  | 'c4-bump'
  | 'package-via'
  | 'bga-ball'
  | 'socket'
  | 'host-connector'
  | 'module-edge-connector';

/** Loss at the Nyquist frequency of each rate class. */
export interface LossEntry extends Sourced {
  readonly lossDb: Readonly<Record<RateClass, number>>;
}

function entry(l112: number, l224: number, sourceId: string, assumption: string): LossEntry {
  return { lossDb: { '112G': l112, '224G': l224 }, sourceId, assumption };
}

/** Insertion loss per mm of trace, dB/mm, at 26.5625 GHz (112G) and 53.125 GHz (224G). */
export const MEDIUM_LOSS_DB_PER_MM: Readonly<Record<ChannelMedium, LossEntry>> = {
  pcb: entry(
    0.045,
    0.09,
    'lightpath-data-md',
    'Megtron 7/8-class stripline, ~100 µm wide, smooth copper; mid of 0.04–0.05 and 0.08–0.1 dB/mm',
  ),
  substrate: entry(
    0.1,
    0.17,
    'lightpath-data-md',
    'ABF build-up stripline, ~15–25 µm lines; 224G between √f (0.14) and f (0.20) scaling',
  ),
  interposer: entry(
    0.4,
    0.6,
    'lightpath-estimate',
    'CoWoS-class RDL, ~1–2 µm thick, ~2 µm wide copper: resistive, so ~√f scaling',
  ),
  'fanout-rdl': entry(
    0.2,
    0.3,
    'lightpath-estimate',
    'wafer-level fan-out RDL, ~5 µm copper in polyimide: between substrate and interposer',
  ),
  vertical: entry(
    0.5,
    0.7,
    'lightpath-estimate',
    'through-stack path (TSV + pads) of a 3D stack, per mm of height; paths are ≤ 1 mm',
  ),
};

/** Insertion loss per crossing, dB, at 26.5625 GHz (112G) and 53.125 GHz (224G). */
export const CROSSING_LOSS_DB: Readonly<Record<CrossingKind, LossEntry>> = {
  microbump: entry(0.05, 0.1, 'lightpath-data-md', 'die-to-interposer microbump, ~40–55 µm pitch'),
  'hybrid-bond': entry(
    0.02,
    0.04,
    'lightpath-estimate',
    'Cu–Cu hybrid bond, < 10 µm pitch: nearly a continuous conductor',
  ),
  tsv: entry(
    0.1,
    0.2,
    'lightpath-data-md',
    'through-silicon via, ~100 µm tall, with its landing pads',
  ),
  'c4-bump': entry(
    0.15,
    0.3,
    'lightpath-data-md',
    'C4 bump ~130–150 µm pitch between interposer/die and substrate',
  ),
  'package-via': entry(
    0.3,
    0.6,
    'lightpath-data-md',
    'substrate core plated-through hole with build-up via stack, back-drilled',
  ),
  'bga-ball': entry(
    0.3,
    0.6,
    'lightpath-data-md',
    'BGA ball, ~1 mm pitch, with board breakout via',
  ),
  socket: entry(
    0.5,
    1.0,
    'lightpath-data-md',
    'LGA/compression socket of a socketed package or NPO engine',
  ),
  'host-connector': entry(
    0.7,
    1.2,
    'lightpath-data-md',
    'cage host connector (OSFP/QSFP-DD class) with its board footprint',
  ),
  'module-edge-connector': entry(
    0.3,
    0.5,
    'lightpath-data-md',
    'module paddle card edge fingers and their traces to the module IC',
  ),
};

/** Loss per mm of a medium at a rate class, dB/mm. */
export function mediumLossDbPerMm(medium: ChannelMedium, rateClass: RateClass): number {
  return MEDIUM_LOSS_DB_PER_MM[medium].lossDb[rateClass];
}

/** Loss of one crossing at a rate class, dB. */
export function crossingLossDb(crossing: CrossingKind, rateClass: RateClass): number {
  return CROSSING_LOSS_DB[crossing].lossDb[rateClass];
}

/**
 * Loss of a table entry at any frequency `fGhz`, dB (per mm or per crossing, as the entry).
 * Fits L(f) = a·√f + b·f (conductor loss ∝ √f, dielectric loss ∝ f; source
 * transmission-line-loss-model) through the two anchor points; if that fit would give a
 * negative term, it falls back to linear interpolation/extrapolation through the anchors.
 */
export function lossAtGhz(entryValue: LossEntry, fGhz: number): number {
  if (!(fGhz > 0)) return 0;
  const f1 = NYQUIST_GHZ['112G'];
  const f2 = NYQUIST_GHZ['224G'];
  const l1 = entryValue.lossDb['112G'];
  const l2 = entryValue.lossDb['224G'];
  const det = Math.sqrt(f1) * f2 - Math.sqrt(f2) * f1;
  const a = (l1 * f2 - l2 * f1) / det;
  const b = (Math.sqrt(f1) * l2 - Math.sqrt(f2) * l1) / det;
  if (a >= 0 && b >= 0) return a * Math.sqrt(fGhz) + b * fGhz;
  return Math.max(0, l1 + ((l2 - l1) * (fGhz - f1)) / (f2 - f1));
}
