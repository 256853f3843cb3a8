/**
 * The one staged analysis of a design revision (issue 13): layout → routing → channel →
 * power ⇄ thermal → rules → serviceability → findings. The studio's worker, compare, sweeps,
 * the report and every CLI verb run this job, so a figure is the same wherever it is read.
 *
 * Stages, in order, each posted once (`takeStages`) as soon as it is done:
 * - `electrical`: routes, channel loss and link power (engine/analyze, inside the coupled job);
 * - `thermal`: after every power ⇄ thermal round, the round's solve (the heat map can show the
 *   first round while the fixed point is still iterating; `power.converged` says when it is
 *   final) — absent when the thermal solve is off;
 * - `power`: the coupled result (dissipated watts, rounds, convergence, optical budgets);
 * - `findings`: serviceability and the design rules, fed the electrical and final thermal
 *   results.
 * Each `step()` does a bounded piece of work (one electrical step, one CG iteration, one power
 * evaluation, or the rules), so the worker can slice the job and drop it between steps.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { createCoupledJob } from '../coupled/coupledJob';
import type { CoupledOptions, CoupledResult } from '../coupled/coupledTypes';
import type { ElectricalResult } from '../resultTypes';
import { checkRules } from '../rules/checkRules';
import type { Finding } from '../rules/ruleTypes';
import { analyzeServiceability } from '../service/analyzeServiceability';
import type { ServiceResult } from '../service/serviceTypes';
import type { ThermalResult } from '../thermal/thermalResult';

/** Everything the pipeline says about one revision. */
export interface DesignAnalysis {
  readonly electrical: ElectricalResult;
  /** Power ⇄ thermal: watts, the last thermal solve (null when off or failed), rounds. */
  readonly coupled: CoupledResult;
  readonly service: ServiceResult;
  readonly findings: readonly Finding[];
}

/** A stage's output as the job posts it. */
export type StagePost =
  | { readonly stage: 'electrical'; readonly electrical: ElectricalResult }
  | { readonly stage: 'thermal'; readonly thermal: ThermalResult; readonly round: number }
  | { readonly stage: 'power'; readonly coupled: CoupledResult }
  | {
      readonly stage: 'findings';
      readonly service: ServiceResult;
      readonly findings: readonly Finding[];
    };

/** Names of the stages, in order. */
export type StageName = StagePost['stage'];

/** Options: those of the coupled analysis (thermal null = no solve, previous for reuse). */
export type DesignJobOptions = CoupledOptions;

/** A stepwise analysis of one revision. */
export interface DesignJob {
  step(): void;
  readonly isDone: boolean;
  /** 0…1, never decreasing. */
  readonly progress: number;
  /** Stage outputs finished since the last call, oldest first. */
  takeStages(): StagePost[];
  readonly result: DesignAnalysis;
}

/** Share of the progress bar the rules and serviceability take at the end. */
const RULES_SHARE = 0.02;

/** Starts the staged analysis of `doc` with parts from `partLibrary` and the design's own. */
export function createDesignJob(
  doc: Design,
  partLibrary: PartLibrary,
  options: DesignJobOptions = {},
): DesignJob {
  const library = designParts(doc, partLibrary);
  const coupled = createCoupledJob(doc, library, options);
  const pending: StagePost[] = [];
  let postedElectrical = false;
  let postedRounds = 0;
  let result: DesignAnalysis | undefined;

  const collect = (): void => {
    const electrical = coupled.electrical;
    if (!postedElectrical && electrical) {
      postedElectrical = true;
      pending.push({ stage: 'electrical', electrical });
    }
    const thermal = coupled.latestThermal;
    if (thermal && coupled.roundsDone > postedRounds) {
      postedRounds = coupled.roundsDone;
      pending.push({ stage: 'thermal', thermal, round: postedRounds });
    }
  };

  let postedPower = false;
  const finish = (): void => {
    const c = coupled.result;
    if (!postedPower) {
      // Its own step: the power figures reach the studio before the rules run.
      postedPower = true;
      pending.push({ stage: 'power', coupled: c });
      return;
    }
    const service = analyzeServiceability(doc, library);
    const findings = checkRules(doc, library, {
      electrical: c.electrical,
      ...(c.thermal ? { thermal: c.thermal } : {}),
    });
    pending.push({ stage: 'findings', service, findings });
    result = { electrical: c.electrical, coupled: c, service, findings };
  };

  return {
    step() {
      if (result) return;
      if (!coupled.isDone) {
        coupled.step();
        collect();
        return;
      }
      finish();
    },
    get isDone() {
      return result !== undefined;
    },
    get progress() {
      return result ? 1 : (1 - RULES_SHARE) * coupled.progress;
    },
    takeStages() {
      return pending.splice(0, pending.length);
    },
    get result() {
      if (!result) throw new Error('design analysis read before it finished');
      return result;
    },
  };
}

/** Runs the staged analysis to the end. Deterministic. */
export function analyzeDesign(
  doc: Design,
  partLibrary: PartLibrary,
  options: DesignJobOptions = {},
): DesignAnalysis {
  const job = createDesignJob(doc, partLibrary, options);
  while (!job.isDone) job.step();
  return job.result;
}
