/**
 * The analysis of one studio (`studio.analysis`): the analysis store, and while started the
 * connection to the analysis worker. Every document revision goes to the worker (revisions
 * made within one animation frame collapse into the newest, so a drag costs at most one
 * document copy per frame), the thermal mesh preset the user picks goes with them (view
 * store `thermalPreset`), the analysis store receives what comes back, and the findings
 * store is kept current from it (findingsFromAnalysis.ts).
 */
import { createAnalysisClient, mergeParts, type WorkerLike } from '../worker/analysisClient';
import type { StudioAnalysis } from '../worker/studioJob';
import { createAnalysisStore, type AnalysisStore } from './analysisStore';
import { startFindingsFromAnalysis } from './findingsFromAnalysis';
import type { Studio } from './studio';

/** A studio's analysis: its results, and the worker that computes them while started. */
export interface AnalysisSession {
  readonly store: AnalysisStore<StudioAnalysis>;
  /**
   * Starts the worker (made by `createWorker`, else the studio's module worker), feeding it
   * every revision and filling `store`. Returns the function that stops it all.
   */
  start(createWorker?: () => WorkerLike): () => void;
  /** Makes the running worker throw an uncaught error (it is then restarted); test API. */
  injectFault(): void;
}

/** The analysis of `studio`, not started: an empty store and no worker. */
export function createAnalysisSession(
  studio: Pick<Studio, 'docs' | 'view' | 'parts' | 'findings'>,
): AnalysisSession {
  const store = createAnalysisStore<StudioAnalysis>();
  let injectFault = () => {};
  return {
    store,
    injectFault: () => injectFault(),
    start(createWorker) {
      const running = startAnalysis(studio, store, createWorker);
      injectFault = running.injectFault;
      return () => {
        injectFault = () => {};
        running.stop();
      };
    },
  };
}

/**
 * Starts the worker for `studio`, feeding it every revision and filling `store`. Returns
 * the function that stops it all and the running client's fault injection.
 */
function startAnalysis(
  studio: Pick<Studio, 'docs' | 'view' | 'parts' | 'findings'>,
  store: AnalysisStore<StudioAnalysis>,
  createWorker?: () => WorkerLike,
): { stop(): void; injectFault(): void } {
  const client = createAnalysisClient(store, [...studio.parts.values()], createWorker, mergeParts);
  let frame: number | null = null;
  const flush = () => {
    frame = null;
    const { revision, doc } = studio.docs.store.getState();
    client.analyze(revision, doc);
  };
  const preset = studio.view.getState().thermalPreset;
  if (preset !== 'auto') client.setOptions({ thermalPreset: preset });
  flush();
  const unsubscribeDoc = studio.docs.store.subscribe((state, prev) => {
    if (state.revision !== prev.revision && frame === null) frame = requestAnimationFrame(flush);
  });
  const unsubscribeView = studio.view.subscribe((state, prev) => {
    if (state.thermalPreset !== prev.thermalPreset)
      client.setOptions({ thermalPreset: state.thermalPreset });
  });
  const stopFindings = startFindingsFromAnalysis(studio, store);
  const stop = () => {
    unsubscribeDoc();
    unsubscribeView();
    stopFindings();
    if (frame !== null) cancelAnimationFrame(frame);
    client.dispose();
  };
  return { stop, injectFault: () => client.injectFault() };
}
