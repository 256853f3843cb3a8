/**
 * What the studio knows about the background analysis: the newest result with the
 * document revision it was computed for, the revision last requested, progress of the
 * running solve and the last error. Written only by the analysis client
 * (worker/analysisClient.ts); read by the metrics panel and the scene.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** State of the analysis of the open document. */
export interface AnalysisState<R> {
  /** Newest result received, or null before the first one. */
  readonly result: R | null;
  /** Document revision `result` was computed for; null before the first result. */
  readonly resultRevision: number | null;
  /** Newest revision sent to the worker; null before the first request. */
  readonly requestedRevision: number | null;
  /** Fraction (0–1) of the solve for `requestedRevision`; null when no solve is running. */
  readonly progress: number | null;
  /** Last failure, with the revision it concerns; cleared by the next result. */
  readonly error: { readonly revision: number; readonly message: string } | null;
  /** Worker time spent on the shown result, ms. */
  readonly solveMs: number | null;
  /** Times the worker crashed and was restarted. */
  readonly restarts: number;
  /** Responses dropped because a newer revision had been requested. */
  readonly droppedStale: number;
}

/** The analysis store of one studio session. */
export type AnalysisStore<R> = StoreApi<AnalysisState<R>>;

/** Creates an empty analysis store. */
export function createAnalysisStore<R>(): AnalysisStore<R> {
  return createStore<AnalysisState<R>>(() => ({
    result: null,
    resultRevision: null,
    requestedRevision: null,
    progress: null,
    error: null,
    solveMs: null,
    restarts: 0,
    droppedStale: 0,
  }));
}

/**
 * True when the shown result is not for `docRevision` (the document has changed since, or
 * there is no result yet): the panel must mark its numbers stale.
 */
export function isResultStale(state: AnalysisState<unknown>, docRevision: number): boolean {
  return state.resultRevision === null || state.resultRevision < docRevision;
}
