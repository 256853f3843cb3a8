/**
 * What the studio's worker computes for each revision: today the electrical analysis
 * (routing, channel loss against budget, power, latency; engine/analyze.ts), reduced to
 * what the studio shows (studioResult.ts). The job is the
 * engine's own stepwise job, so the handler can slice it and abandon it between steps.
 *
 * The last finished result is handed to the next revision's job (`previous`), which lets
 * the router reuse every route whose surroundings did not change; the engine guarantees
 * the result equals a full analysis.
 */
import { createElectricalJob, type ElectricalResult } from '../engine/analyze';
import type { AnalysisJob, StartJob } from './analysisJob';
import { toStudioAnalysis, type StudioAnalysis } from './studioResult';

export type { StudioAnalysis } from './studioResult';

/** Creates the worker's job factory; it remembers the last finished result for reuse. */
export function createStudioJobs(): StartJob<StudioAnalysis> {
  let previous: ElectricalResult | undefined;
  return (doc, library): AnalysisJob<StudioAnalysis> => {
    const electrical = createElectricalJob(doc, library, previous ? { previous } : {});
    let result: StudioAnalysis | undefined;
    return {
      step() {
        electrical.step();
        if (electrical.isDone && !result) {
          previous = electrical.result;
          result = toStudioAnalysis(electrical.result);
        }
      },
      get isDone() {
        return result !== undefined;
      },
      get progress() {
        return electrical.progress;
      },
      get result() {
        if (!result) throw new Error('studio analysis read before it finished');
        return result;
      },
    };
  };
}
