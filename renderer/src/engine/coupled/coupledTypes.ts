/**
 * Result and options of the coupled power ⇄ thermal analysis (docs/MODELS.md "Coupled power
 * and thermal"). Plain data except the electrical result's own fields.
 */
import type { ElectricalResult } from '../resultTypes';
import type { OpticalBudgetResult } from '../optical/linkBudget';
import type { DesignPower } from '../power/designPower';
import type { ThermalOptions } from '../thermal/analyzeThermal';
import type { ThermalResult } from '../thermal/thermalResult';
import type { CoupledTolerance } from './convergence';

/** One power ⇄ thermal round. */
export interface CoupledRound {
  /** 1-based round (= thermal solves so far). */
  readonly round: number;
  /** Total design power after the round's temperatures, W. */
  readonly totalPowerW: number;
  /** Largest change of a component's dissipated power against the round's solve, W. */
  readonly changeW: number;
  readonly componentId: string | null;
}

/** The coupled analysis of one design revision. */
export interface CoupledResult {
  readonly electrical: ElectricalResult;
  /** Power at the last solve's temperatures. */
  readonly power: DesignPower;
  /** The last thermal solve (null when the first one failed). */
  readonly thermal: ThermalResult | null;
  /** Dissipated W per component the last thermal solve used. */
  readonly solvedPowerW: ReadonlyMap<string, number>;
  readonly thermalSolves: number;
  readonly rounds: readonly CoupledRound[];
  /** True when the last round's change was within tolerance. */
  readonly converged: boolean;
  /** Largest component power change of the last round, W. */
  readonly finalChangeW: number;
  readonly tolerance: CoupledTolerance;
  readonly optical: OpticalBudgetResult;
  /** Why the thermal solve failed ('' when it did not). */
  readonly error: string;
}

/** Options of the coupled analysis. */
export interface CoupledOptions {
  /**
   * Thermal options of every solve (mesh preset, couplings); powerW is set by the job. Null:
   * no solve — power at the reference temperatures, `thermal` null, no rounds.
   */
  readonly thermal?: Omit<ThermalOptions, 'powerW'> | null;
  /** The previous revision's electrical result, whose unchanged routes are reused. */
  readonly previous?: ElectricalResult;
  /**
   * The previous revision's thermal result: its field starts the first round's solve
   * (thermal/warmStart.ts); later rounds start from the round before.
   */
  readonly warmStart?: Pick<ThermalResult, 'field' | 'ambientC'>;
  readonly tolerance?: CoupledTolerance;
  /** Cap on power ⇄ thermal rounds (default 8). */
  readonly maxRounds?: number;
}
