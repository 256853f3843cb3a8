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
  /**
   * A part of the result finished early (the electrical figures before the thermal solve),
   * returned once; the handler posts it at once. A job with updates leaves in `result`
   * only what no update carried.
   */
  takeUpdate?(): R | undefined;
}

/** Starts a job for one revision of a document. */
export type StartJob<R> = (doc: Design, library: PartLibrary) => AnalysisJob<R>;
