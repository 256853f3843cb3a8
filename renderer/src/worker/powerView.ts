/**
 * The studio's view of the coupled power ⇄ thermal result (engine/coupled): system power as
 * the thermal solve dissipates it, the rounds with their largest change, whether the fixed
 * point converged within its stated tolerance, and the optical link budgets' worst margin.
 * Per-link budgets stay listed (engine links only: at most a few hundred on a switch design).
 */
import type { CoupledResult, CoupledRound } from '../engine/coupled/coupledTypes';
import type { CoupledTolerance } from '../engine/coupled/convergence';
import type { LinkBudget } from '../engine/optical/linkBudget';

/** What the metrics panel shows of the coupled result. */
export interface PowerView {
  readonly totalW: number;
  readonly pjPerBit: number;
  readonly hostSerdesW: number;
  readonly laserW: number;
  readonly heaterW: number;
  readonly thermalSolves: number;
  readonly rounds: readonly CoupledRound[];
  /** False when the thermal solve was off: the watts are at reference temperatures. */
  readonly isCoupled: boolean;
  /** True when the thermal solve was on but failed (the watts are at reference temperatures). */
  readonly thermalFailed: boolean;
  readonly converged: boolean;
  readonly finalChangeW: number;
  readonly tolerance: CoupledTolerance;
  readonly optical: {
    readonly worstMarginDb: number | null;
    readonly worstLinkId: string | null;
    readonly links: readonly LinkBudget[];
  };
}

/** Reduces a coupled result to the studio's view. */
export function powerView(c: CoupledResult): PowerView {
  return {
    totalW: c.power.totalW,
    pjPerBit: c.power.pjPerBit,
    hostSerdesW: c.power.hostSerdesW,
    laserW: c.power.laserW,
    heaterW: c.power.heaterW,
    thermalSolves: c.thermalSolves,
    rounds: c.rounds,
    isCoupled: c.thermalSolves > 0,
    thermalFailed: c.error !== '',
    converged: c.converged,
    finalChangeW: c.finalChangeW,
    tolerance: c.tolerance,
    optical: {
      worstMarginDb: c.optical.worstMarginDb,
      worstLinkId: c.optical.worstLinkId,
      links: c.optical.links,
    },
  };
}
