/**
 * The analysis hooks of the end-to-end test API (`window.__lightpathTest`), present while
 * the studio's analysis runs (installed and removed with it by <AnalysisProvider>).
 */
import type { ElectricalSummary } from '../../engine/resultTypes';
import type { Studio } from '../../store/studio';
import type { PowerView } from '../../worker/powerView';
import type { ThermalView } from '../../worker/thermalView';

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

/** Adds the analysis hooks to the test API when it is installed; returns their removal. */
export function installAnalysisTestApi(studio: Pick<Studio, 'analysis'>): () => void {
  const api = typeof window === 'undefined' ? undefined : window.__lightpathTest;
  if (!api) return () => {};
  const { store } = studio.analysis;
  api.crashWorker = () => studio.analysis.injectFault();
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
  return () => {
    delete api.crashWorker;
    delete api.getAnalysis;
  };
}
