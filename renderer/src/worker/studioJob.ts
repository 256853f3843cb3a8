/**
 * What the studio's worker computes for each revision: the staged pipeline
 * (engine/pipeline/designJob.ts) that compare, sweeps, the report and the CLI run too, its
 * stages posted to the studio as they finish:
 * 1. `electrical` + `traces`: routing, channel loss against budget, link power (studioResult.ts)
 *    — milliseconds;
 * 2. `thermal`: the solve of each power ⇄ thermal round on the mesh preset the user chose
 *    (thermalPreset.ts: "auto" is normal, coarse for big designs), reduced to thermalView.ts
 *    — the heat map shows the first round while the fixed point iterates;
 * 3. `power`: the coupled result — dissipated watts, rounds, final change, convergence — and
 *    the optical link budgets (powerView.ts);
 * 4. `findings`: serviceability and the design rules, fed the final thermal result (the
 *    findings panel and the rule markers read these; no second evaluation runs).
 * The last electrical result is handed to the next revision's job (`previous`), which lets
 * the router reuse every route whose surroundings did not change; the engine guarantees the
 * result equals a full analysis.
 */
import type { ElectricalResult } from '../engine/analyze';
import type { ThermalResult } from '../engine/thermal/thermalResult';
import { createDesignJob, type StagePost } from '../engine/pipeline/designJob';
import type { AnalysisJob, StartJob } from './analysisJob';
import { powerView } from './powerView';
import { toStudioAnalysis, type StudioAnalysis } from './studioResult';
import { resolveThermalPreset, wantsCouplings, type ThermalPresetChoice } from './thermalPreset';
import { thermalView } from './thermalView';

export type { StudioAnalysis } from './studioResult';

/** Options of the studio's jobs. */
export interface StudioJobOptions {
  /** Mesh preset choice of the live thermal solve; null skips the thermal part. */
  thermalPreset: ThermalPresetChoice | null;
}

/** The studio parts of one stage's output. */
function studioPart(post: StagePost): StudioAnalysis {
  switch (post.stage) {
    case 'electrical':
      return toStudioAnalysis(post.electrical);
    case 'thermal':
      return { thermal: thermalView(post.thermal), thermalError: '' };
    case 'power': {
      const c = post.coupled;
      // A failed solve posts its error but no field: the last good field stays, marked stale
      // (its revision is older) and flagged by the error.
      const failed = c.error !== '' ? { thermalError: c.error } : {};
      return { power: powerView(c), ...failed };
    }
    case 'findings':
      return { findings: { service: post.service, findings: post.findings } };
  }
}

/**
 * Creates the worker's job factory; it remembers the last electrical result for reuse.
 * `options` is read when each job starts, so the worker entry changes it in place when the
 * user picks another preset.
 */
export function createStudioJobs(
  options: StudioJobOptions = { thermalPreset: 'auto' },
): StartJob<StudioAnalysis> {
  let previous: ElectricalResult | undefined;
  // The last thermal solve's field starts the next revision's first solve (warm start).
  let lastThermal: ThermalResult | undefined;
  return (doc, library): AnalysisJob<StudioAnalysis> => {
    const choice = options.thermalPreset;
    const job = createDesignJob(doc, library, {
      ...(previous ? { previous } : {}),
      ...(lastThermal ? { warmStart: lastThermal } : {}),
      thermal:
        choice === null
          ? null
          : { preset: resolveThermalPreset(choice, doc), couplings: wantsCouplings(doc) },
    });
    let update: StudioAnalysis | undefined;
    let result: StudioAnalysis | undefined;
    return {
      step() {
        if (result) return;
        job.step();
        for (const post of job.takeStages()) {
          if (post.stage === 'electrical') previous = post.electrical;
          if (post.stage === 'thermal') lastThermal = post.thermal;
          const part = studioPart(post);
          update = { ...update, ...part };
        }
        if (job.isDone) {
          result = update ?? {};
          update = undefined;
        }
      },
      takeUpdate() {
        const taken = update;
        update = undefined;
        return taken;
      },
      get isDone() {
        return result !== undefined;
      },
      get progress() {
        return job.progress;
      },
      get result() {
        if (!result) throw new Error('studio analysis read before it finished');
        return result;
      },
    };
  };
}
