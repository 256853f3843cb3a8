/**
 * Results of the serviceability analysis (engine/service). FRU = field-replaceable unit:
 * the set of parts exchanged together when one of them fails.
 */
import type { FruClass } from '../../model/partSchema';
import type { AccessClass } from './serviceData';

/** What one component's failure costs to repair. */
export interface ComponentService {
  readonly componentId: string;
  readonly partId: string;
  /** How the part is replaced in this design (not only the part's library class). */
  readonly fruClass: FruClass;
  readonly access: AccessClass;
  /** Ids of every component exchanged when this one fails (includes itself), sorted. */
  readonly replacementUnitIds: readonly string[];
  /** One line saying why this class and unit were chosen. */
  readonly reason: string;
  readonly mttrH: number;
  /** Parts in the replacement unit, USD. */
  readonly partsCostUsd: number;
  /** MTTR × labour rate, USD. */
  readonly labourCostUsd: number;
  /** partsCostUsd + labourCostUsd, USD. */
  readonly replacementCostUsd: number;
  /** This component's own cost, USD (the rest of partsCostUsd is collateral). */
  readonly ownCostUsd: number;
  /** FIT × 8766 h / 10⁹: expected failures of this component per year. */
  readonly failuresPerYear: number;
  /** Blast radius: bandwidth lost from the failure until the repair ends, Gb/s. */
  readonly failedBandwidthGbps: number;
  /** Bandwidth out of service while the repair is done (all of it if powered down), Gb/s. */
  readonly repairOutageBandwidthGbps: number;
  /** True when the repair needs the system powered down (any access but the front panel). */
  readonly needsPowerDown: boolean;
}

/** One deduction from the 100-point serviceability score. */
export interface ServiceDeduction {
  readonly id: 'power-down-repairs' | 'collateral-replacement' | 'downtime' | 'repair-spend';
  /** Whole points taken off (0 … maxPoints). */
  readonly points: number;
  readonly maxPoints: number;
  /** One line a reviewer can read: the measured quantity and why it costs points. */
  readonly explanation: string;
}

/** Failures per year of all instances of one part: Σ FIT × 8766 h / 10⁹. */
export interface PartFailures {
  readonly partId: string;
  readonly count: number;
  /** Σ FIT over the instances (overrides included). */
  readonly totalFit: number;
  readonly failuresPerYear: number;
}

/** Serviceability of a whole design. */
export interface ServiceResult {
  /** 0–100; equals 100 − Σ breakdown[].points exactly. */
  readonly score: number;
  readonly breakdown: readonly ServiceDeduction[];
  readonly components: readonly ComponentService[];
  /** Failures per year by part id, sorted by id. */
  readonly parts: readonly PartFailures[];
  /** Σ failures per year over all components. */
  readonly failuresPerYear: number;
  /** Σ failures per year × replacement cost, USD per year. */
  readonly repairSpendUsdPerYear: number;
  /** Σ failures/yr × MTTR × outage share of the total bandwidth: full-outage hours per year. */
  readonly downtimeHoursPerYear: number;
  /** Σ cost of every component, USD. */
  readonly hardwareCostUsd: number;
  /** Σ lanes × lane rate over all links, Gb/s. */
  readonly totalBandwidthGbps: number;
}
