/**
 * A stepwise solve, in the manner of tscircuit's BaseSolver (STYLE.md §5): the worker calls
 * `step()` in time slices, reads `progress` between them, and simply stops calling it when
 * the solve goes stale. A job holds no timers and posts nothing itself, so it runs unchanged
 * in the worker, in Node tests and in the CLI (which steps it to the end).
 */
import type { Design } from '../model/schema';
import type { PartLibrary } from '../model/partSchema';

/** One analysis in progress. */
export interface AnalysisJob<R> {
  /** Does one bounded piece of work (a few milliseconds at most). */
  step(): void;
  /** True once `result` is available. */
  readonly isDone: boolean;
  /** Fraction of the work done, 0–1. */
  readonly progress: number;
  /** The finished result; only read when `isDone`. */
  readonly result: R;
}

/** Starts a job for one revision of a document. */
export type StartJob<R> = (doc: Design, library: PartLibrary) => AnalysisJob<R>;

/**
 * Wraps a list of stages run one per step into a job. Each stage is a pure function of
 * the outputs before it; `weights` give each stage's share of the progress bar.
 */
export function jobFromStages<R>(
  stages: readonly { readonly weight: number; readonly run: () => void }[],
  finish: () => R,
): AnalysisJob<R> {
  const totalWeight = stages.reduce((sum, s) => sum + s.weight, 0) || 1;
  let next = 0;
  let doneWeight = 0;
  let result: R | undefined;
  let isDone = stages.length === 0;
  if (isDone) result = finish();
  return {
    step() {
      const stage = stages[next];
      if (isDone || !stage) return;
      stage.run();
      next += 1;
      doneWeight += stage.weight;
      if (next === stages.length) {
        result = finish();
        isDone = true;
      }
    },
    get isDone() {
      return isDone;
    },
    get progress() {
      return isDone ? 1 : doneWeight / totalWeight;
    },
    get result() {
      if (!isDone) throw new Error('analysis job read before it finished');
      return result as R;
    },
  };
}
