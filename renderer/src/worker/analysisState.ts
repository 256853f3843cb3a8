/**
 * The state the analysis client maintains for the studio, declared here (beside the client)
 * so the client needs no store library; store/analysisStore.ts holds it in zustand.
 */

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
  /** Complete results received (any revision). */
  readonly resultsReceived: number;
  /** For a result that arrives in parts (an object), the revision each part was computed for. */
  readonly partRevisions: Readonly<Record<string, number>>;
  /** Times the worker crashed and was restarted. */
  readonly restarts: number;
  /** Responses dropped because a newer revision had been requested. */
  readonly droppedStale: number;
}

/** Where the client writes the state: a zustand store, or anything with the same two calls. */
export interface AnalysisStateSink<R> {
  getState(): AnalysisState<R>;
  setState(
    partial: Partial<AnalysisState<R>> | ((state: AnalysisState<R>) => Partial<AnalysisState<R>>),
  ): void;
}
