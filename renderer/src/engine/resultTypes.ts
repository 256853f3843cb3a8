/**
 * Result types of the electrical analysis (routing, channel, power, latency): plain data,
 * structured-clone safe, the shape `lightpath analyze --json` prints (docs/CLI.md).
 * Units are in the names; `null` marks a figure that does not exist (no route, no budget).
 */
import type { Architecture } from '../model/schema';
import type { LossCurve } from './channel/linkChannel';
import type { SegmentLineInfo } from './channel/segmentLines';
import type { FiberBundleResult } from './latency/fiberBundles';
import type { Crossing, Medium } from './routing/media';

/** Power of one link by function, W. */
export interface LinkPowerFigures {
  /** Payload rate, Gb/s (line rate ÷ 1.0625). */
  readonly payloadGbps: number;
  readonly hostSerdesW: number;
  /** Module DSP and retimer. */
  readonly dspW: number;
  readonly driverTiaW: number;
  readonly modulatorW: number;
  /** Integrated laser, or the share of the external laser source. */
  readonly laserW: number;
  /** Driver/TIA, modulator and integrated laser of optical engines on the link. */
  readonly opticalEngineW: number;
  readonly totalW: number;
  /** Total W ÷ payload rate, pJ/bit. */
  readonly pjPerBit: number;
  /** True when an optical engine on the link has no laser of its own and none lights it. */
  readonly missingLaser: boolean;
}

/** Latency of one link by contribution, ns. */
export interface LinkLatencyFigures {
  readonly serdesNs: number;
  readonly dspNs: number;
  readonly fecNs: number;
  readonly propagationNs: number;
  readonly fiberNs: number;
  readonly totalNs: number;
}

/** One routed segment with its loss. */
export interface SegmentResult {
  readonly medium: Medium;
  readonly lengthMm: number;
  readonly lossDb: number;
  readonly points: { x: number; y: number; z: number }[];
  /** The line the segment's loss was computed for (absent for the vertical path). */
  readonly line?: SegmentLineInfo;
}

/** Everything the analysis knows about one electrical link. */
export interface LinkResult {
  readonly id: string;
  readonly from: { componentId: string; port: string };
  readonly to: { componentId: string; port: string };
  readonly lanes: number;
  readonly laneRateGbps: number;
  readonly serdesClass: string;
  readonly routed: boolean;
  /** Electrical path length (centreline), mm. */
  readonly lengthMm: number | null;
  readonly segments: SegmentResult[];
  readonly crossings: Crossing[];
  readonly laneLengthsMm: number[];
  readonly skewMm: number | null;
  readonly nyquistGhz: number;
  /** IL(f_N), dB. */
  readonly lossDb: number | null;
  /** IL(f) from 1 GHz to 1.5 × Nyquist (docs/MODELS.md, "Channel"); null without a route. */
  readonly lossCurve: LossCurve | null;
  /** Whether lossDb and lossCurve are the stack-up estimate or an imported measurement. */
  readonly lossSource: 'estimate' | 'measured';
  /** File name of the measurement in use (lossSource 'measured'), else null. */
  readonly measuredFile: string | null;
  readonly budgetDb: number | null;
  readonly budgetKind: 'reach-class' | 'lpo-host';
  readonly marginDb: number | null;
  readonly passes: boolean;
  readonly latencyNs: number | null;
  readonly latency: LinkLatencyFigures | null;
  readonly powerW: number;
  readonly pjPerBit: number;
  readonly power: LinkPowerFigures;
}

/** A problem the electrical analysis found. */
export interface ElectricalFinding {
  readonly kind:
    | 'no-route'
    | 'bad-port'
    | 'no-common-carrier'
    | 'no-budget'
    | 'budget-fail'
    | 'no-laser-source'
    | 'measured-loss-refused';
  readonly severity: 'error' | 'warning';
  readonly linkId: string;
  readonly message: string;
}

/** System totals. */
export interface ElectricalSummary {
  readonly architecture: Architecture;
  readonly linkCount: number;
  readonly routedCount: number;
  readonly failingCount: number;
  readonly maxElectricalLengthMm: number | null;
  readonly totalPowerW: number;
  readonly payloadGbps: number;
  readonly pjPerBit: number;
  /** The same links with DSP pluggable modules (docs/MODELS.md, "Power"). */
  readonly baselinePowerW: number;
  readonly baselinePjPerBit: number;
  readonly deltaVsBaselineW: number;
  readonly deltaVsBaselinePercent: number;
  readonly worstMarginDb: number | null;
  readonly worstMarginLinkId: string | null;
  readonly maxLatencyNs: number | null;
}

/** The electrical analysis of one document revision. */
export interface ElectricalResult {
  readonly links: LinkResult[];
  readonly summary: ElectricalSummary;
  readonly findings: ElectricalFinding[];
  /** Length of every fiber and bundle, with the skew within each bundle. */
  readonly fibers: FiberBundleResult;
}
