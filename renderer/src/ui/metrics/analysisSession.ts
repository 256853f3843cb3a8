/**
 * Connects a studio session to the analysis worker: every document revision goes to the
 * worker (revisions made within one animation frame collapse into the newest, so a drag
 * costs at most one document copy per frame), the thermal mesh preset the user picks goes
 * with them (view store `thermalPreset`), and the analysis store receives what comes back.
 * Also adds the analysis hooks to the end-to-end test API.
 */
import type { Studio } from '../../store/studio';
import type { AnalysisStore } from '../../store/analysisStore';
import { createAnalysisClient, mergeParts, type WorkerLike } from '../../worker/analysisClient';
import type { StudioAnalysis } from '../../worker/studioJob';
import type { ElectricalSummary } from '../../engine/resultTypes';
import type { ThermalView } from '../../worker/thermalView';
import type { PowerView } from '../../worker/powerView';
import { startFindingsFromAnalysis } from '../findings/findingsEvaluation';

/** What the end-to-end tests can read of the analysis. */
export interface AnalysisTestView {
  readonly resultRevision: number | null;
  readonly requestedRevision: number | null;
  readonly progress: number | null;
  readonly restarts: number;
  readonly resultsReceived: number;
  readonly error: string | null;
  readonly summary: ElectricalSummary | null;
  readonly thermal: ThermalView | null;
  readonly thermalRevision: number | null;
  /** The coupled power ⇄ thermal result: rounds, convergence, optical budgets. */
  readonly power: PowerView | null;
  readonly powerRevision: number | null;
  readonly findingsRevision: number | null;
}

declare module '../testApi' {
  interface LightpathTestApi {
    /** Makes the analysis worker throw an uncaught error (it is then restarted). */
    crashWorker?(): void;
    /** The analysis state (revision, progress, restarts, system totals). */
    getAnalysis?(): AnalysisTestView;
  }
}

/**
 * Starts the worker for `studio`, feeding it every revision and filling `store`.
 * Returns the function that stops it all.
 */
export function startAnalysis(
  studio: Studio,
  store: AnalysisStore<StudioAnalysis>,
  createWorker?: () => WorkerLike,
): () => void {
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
  const unsubscribe = () => {
    unsubscribeDoc();
    unsubscribeView();
    stopFindings();
  };
  const api = typeof window === 'undefined' ? undefined : window.__lightpathTest;
  if (api) {
    api.crashWorker = () => client.injectFault();
    api.getAnalysis = () => {
      const s = store.getState();
      return {
        resultRevision: s.resultRevision,
        requestedRevision: s.requestedRevision,
        progress: s.progress,
        restarts: s.restarts,
        resultsReceived: s.resultsReceived,
        error: s.error?.message ?? null,
        summary: s.result?.electrical?.summary ?? null,
        thermal: s.result?.thermal ?? null,
        thermalRevision: s.partRevisions.thermal ?? null,
        power: s.result?.power ?? null,
        powerRevision: s.partRevisions.power ?? null,
        findingsRevision: s.partRevisions.findings ?? null,
      };
    };
  }
  return () => {
    unsubscribe();
    if (frame !== null) cancelAnimationFrame(frame);
    client.dispose();
    if (api) {
      delete api.crashWorker;
      delete api.getAnalysis;
    }
  };
}
