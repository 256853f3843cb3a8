/**
 * What the studio's worker computes for each revision, in two parts posted as they finish:
 * 1. the electrical analysis (routing, channel loss against budget, power, latency;
 *    engine/analyze.ts), reduced to what the studio shows (studioResult.ts) — milliseconds;
 * 2. the thermal solve (engine/thermal) on the mesh preset the user chose (thermalPreset.ts:
 *    "auto" is normal, coarse for big designs), with the xPU → optics couplings unless the
 *    design is big, reduced to thermalView.ts (figures, per-component temperatures,
 *    hotspots, heat-map slices) — 0.2–2.5 s on the examples.
 * Both are the engine's own stepwise jobs, so the handler can slice them and abandon them
 * between steps. The last electrical result is handed to the next revision's job
 * (`previous`), which lets the router reuse every route whose surroundings did not change;
 * the engine guarantees the result equals a full analysis.
 */
import { createElectricalJob, type ElectricalResult } from '../engine/analyze';
import { ThermalAnalysis } from '../engine/thermal';
import type { AnalysisJob, StartJob } from './analysisJob';
import { toStudioAnalysis, type StudioAnalysis } from './studioResult';
import { resolveThermalPreset, wantsCouplings, type ThermalPresetChoice } from './thermalPreset';
import { thermalView } from './thermalView';

export type { StudioAnalysis } from './studioResult';

/** Share of the progress bar taken by the electrical part (it is the quick one). */
const ELECTRICAL_SHARE = 0.1;

/** Options of the studio's jobs. */
export interface StudioJobOptions {
  /** Mesh preset choice of the live thermal solve; null skips the thermal part. */
  thermalPreset: ThermalPresetChoice | null;
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
  return (doc, library): AnalysisJob<StudioAnalysis> => {
    const electrical = createElectricalJob(doc, library, previous ? { previous } : {});
    const presetChoice = options.thermalPreset;
    let thermal: ThermalAnalysis | undefined;
    let update: StudioAnalysis | undefined;
    let result: StudioAnalysis | undefined;
    const finishThermal = (part: StudioAnalysis) => {
      result = part;
    };
    return {
      step() {
        if (result) return;
        if (!electrical.isDone) {
          electrical.step();
          if (!electrical.isDone) return;
          previous = electrical.result;
          const first = toStudioAnalysis(electrical.result);
          if (presetChoice === null) return finishThermal(first);
          update = first;
          thermal = new ThermalAnalysis(doc, library, {
            preset: resolveThermalPreset(presetChoice, doc),
            couplings: wantsCouplings(doc),
          });
          return;
        }
        if (!thermal) return;
        thermal.step();
        if (thermal.failed) finishThermal({ thermal: null, thermalError: thermal.error });
        else if (thermal.result) finishThermal({ thermal: thermalView(thermal.result) });
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
        if (result) return 1;
        if (!thermal) return ELECTRICAL_SHARE * electrical.progress;
        return ELECTRICAL_SHARE + (1 - ELECTRICAL_SHARE) * thermal.progress;
      },
      get result() {
        if (!result) throw new Error('studio analysis read before it finished');
        return result;
      },
    };
  };
}
