/**
 * What the studio knows about the background analysis: the newest result with the
 * document revision it was computed for, the revision last requested, progress of the
 * running solve and the last error (shape in worker/analysisState.ts). Written only by the
 * analysis client (worker/analysisClient.ts); read by the metrics panel and the scene.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnalysisState } from '../worker/analysisState';

export type { AnalysisState } from '../worker/analysisState';

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
    resultsReceived: 0,
    partRevisions: {},
    restarts: 0,
    droppedStale: 0,
  }));
}

/** True when part `key` of the result (e.g. "thermal") is missing or older than `docRevision`. */
export function isPartStale(
  state: AnalysisState<unknown>,
  key: string,
  docRevision: number,
): boolean {
  const revision = state.partRevisions[key];
  return revision === undefined || revision < docRevision;
}

/**
 * True when the shown result is not for `docRevision` (the document has changed since, or
 * there is no result yet): the panel must mark its numbers stale.
 */
export function isResultStale(state: AnalysisState<unknown>, docRevision: number): boolean {
  return state.resultRevision === null || state.resultRevision < docRevision;
}
