/**
 * Heat follows power, iterated to a fixed point, as a stepwise job (STYLE.md §5, the
 * ElectricalJob shape): electrical analysis → power at reference temperatures → thermal
 * solve with those watts → power at the solved temperatures (ring heaters, laser drive) →
 * again, until the largest change of any component's power is within tolerance
 * (convergence.ts) or the round cap is reached. Each `step()` is one electrical step, one
 * thermal step (one CG iteration) or one power evaluation, so the worker can slice it.
 * Every thermal solve starts from a zero field: the thermal API has no initial-guess input.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { createElectricalJob, type ElectricalJob } from '../analyze';
import type { ElectricalResult } from '../resultTypes';
import { modulesInCages } from '../channel/cageContents';
import { buildLayout } from '../geometry/layout';
import { opticalBudgets } from '../optical/linkBudget';
import { designPower, type DesignPower, type DesignPowerContext } from '../power/designPower';
import { laserFeeds } from '../power/laserSources';
import { ThermalAnalysis } from '../thermal/analyzeThermal';
import type { ThermalResult } from '../thermal/thermalResult';
import { DEFAULT_TOLERANCE, powerChange } from './convergence';
import type { CoupledOptions, CoupledResult, CoupledRound } from './coupledTypes';

/** A stepwise coupled analysis. */
export interface CoupledJob {
  step(): void;
  readonly isDone: boolean;
  /** 0…1, never decreasing. */
  readonly progress: number;
  readonly result: CoupledResult;
  /** The electrical result once its stage is done (routing, channel, link power). */
  readonly electrical: ElectricalResult | null;
  /** The newest finished thermal solve, and how many have finished. */
  readonly latestThermal: ThermalResult | null;
  readonly roundsDone: number;
}

const DEFAULT_MAX_ROUNDS = 8;

function powerMap(power: DesignPower): Map<string, number> {
  return new Map(power.components.map((c) => [c.id, c.powerW]));
}

function activeTemps(thermal: ThermalResult): Map<string, number> {
  return new Map(thermal.components.map((c) => [c.id, c.activeMeanC]));
}

/** Starts the coupled analysis of a design. */
export function createCoupledJob(
  doc: Design,
  partLibrary: PartLibrary,
  options: CoupledOptions = {},
): CoupledJob {
  const library = designParts(doc, partLibrary);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxRounds = options.maxRounds ?? DEFAULT_MAX_ROUNDS;
  const electricalJob: ElectricalJob = createElectricalJob(
    doc,
    library,
    options.previous ? { previous: options.previous } : {},
  );
  const rounds: CoupledRound[] = [];
  let ctx: DesignPowerContext | undefined;
  let power: DesignPower | undefined;
  let solvedW = new Map<string, number>();
  let thermal: ThermalAnalysis | undefined;
  let last: ThermalResult | null = null;
  let result: CoupledResult | undefined;
  let progress = 0;

  const finish = (converged: boolean, error = ''): void => {
    const electrical = electricalJob.result;
    const tempsC = last ? activeTemps(last) : undefined;
    result = {
      electrical,
      power: power!,
      thermal: last,
      solvedPowerW: solvedW,
      thermalSolves: rounds.length,
      rounds,
      converged,
      finalChangeW: rounds.at(-1)?.changeW ?? Number.NaN,
      tolerance,
      optical: opticalBudgets(doc, ctx!.layout, electrical, ctx!.lasers, tempsC),
      error,
    };
  };

  // The xPU → optics couplings (K/W) are a property of the linear conduction problem, not of
  // the watts, so only the first round solves their cases; later rounds carry them over.
  let couplings: ThermalResult['couplings'] | undefined;
  const startSolve = (): void => {
    solvedW = powerMap(power!);
    const first = rounds.length === 0;
    const thermalOptions = { ...options.thermal, powerW: solvedW };
    // Later rounds start from the last round's field (the watts moved by tens of mW), the
    // first from the previous revision's when given: fewer iterations, the same answer to
    // the tolerance.
    const start = thermal?.result ?? options.warmStart;
    const warm = start ? { warmStart: start } : {};
    // Between rounds only the watts change: reuse the last round's mesh and operator.
    const reuse = thermal ? { reuse: thermal.solver } : {};
    thermal = new ThermalAnalysis(
      doc,
      library,
      first
        ? { ...thermalOptions, ...warm }
        : { ...thermalOptions, couplings: false, ...warm, ...reuse },
    );
  };

  return {
    step() {
      if (result) return;
      if (!electricalJob.isDone) {
        electricalJob.step();
        progress = 0.1 * electricalJob.progress;
        return;
      }
      if (!ctx) {
        const layout = buildLayout(doc, library);
        ctx = { doc, layout, plugged: modulesInCages(layout), lasers: laserFeeds(doc, layout) };
        power = designPower(electricalJob.result, ctx);
        if (options.thermal === null) return finish(true);
        startSolve();
        return;
      }
      const analysis = thermal!;
      if (analysis.failed) return finish(false, analysis.error);
      if (!analysis.result) {
        analysis.step();
        const done = (rounds.length + Math.min(analysis.progress, 0.999)) / maxRounds;
        progress = Math.max(progress, 0.1 + 0.9 * done);
        return;
      }
      last = couplings ? { ...analysis.result, couplings } : analysis.result;
      couplings ??= analysis.result.couplings;
      power = designPower(electricalJob.result, { ...ctx, tempsC: activeTemps(last) });
      const change = powerChange(solvedW, powerMap(power), tolerance);
      rounds.push({
        round: rounds.length + 1,
        totalPowerW: power.totalW,
        changeW: change.changeW,
        componentId: change.componentId,
      });
      if (change.isWithinTolerance) return finish(true);
      if (rounds.length >= maxRounds) return finish(false);
      startSolve();
    },
    get isDone() {
      return result !== undefined;
    },
    get progress() {
      return result ? 1 : progress;
    },
    get electrical() {
      return electricalJob.isDone ? electricalJob.result : null;
    },
    get latestThermal() {
      return last;
    },
    get roundsDone() {
      return rounds.length;
    },
    get result() {
      if (!result) throw new Error('coupled analysis read before it finished');
      return result;
    },
  };
}

/** Runs the coupled analysis to the end. */
export function analyzeCoupled(
  doc: Design,
  partLibrary: PartLibrary,
  options: CoupledOptions = {},
): CoupledResult {
  const job = createCoupledJob(doc, partLibrary, options);
  while (!job.isDone) job.step();
  return job.result;
}
