/**
 * Keeps the findings store current from the studio's one analysis pipeline: the worker's
 * `findings` stage (serviceability and the design rules, fed that revision's electrical and
 * coupled thermal results; worker/studioJob.ts) is copied into the findings store with the
 * document it was computed for, so the findings panel and the rule markers show what the
 * metrics panel and the heat map show, and no second evaluation (or thermal solve) runs.
 * Runs once per studio (started with the analysis session, analysisSession.ts).
 */
import type { Design } from '../model/schema';
import type { StudioAnalysis } from '../worker/studioJob';
import { resolveThermalPreset } from '../worker/thermalPreset';
import type { AnalysisStore } from './analysisStore';
import { setEvaluation } from './findingsStore';
import type { Studio } from './studio';

/** Documents kept by revision until their findings arrive (a few edits of a gesture). */
const KEPT_REVISIONS = 32;

/**
 * Starts copying findings from `analysis` into `studio.findings`; returns the
 * function that stops it. A findings part older than the one shown is ignored.
 */
export function startFindingsFromAnalysis(
  studio: Pick<Studio, 'docs' | 'view' | 'findings'>,
  analysis: AnalysisStore<StudioAnalysis>,
): () => void {
  const docs = new Map<number, Design>();
  const remember = (revision: number, doc: Design) => {
    docs.set(revision, doc);
    for (const r of docs.keys()) if (docs.size > KEPT_REVISIONS) docs.delete(r);
  };
  const first = studio.docs.store.getState();
  remember(first.revision, first.doc);

  const take = () => {
    const state = analysis.getState();
    const revision = state.partRevisions['findings'];
    const part = state.result?.findings;
    if (revision === undefined || !part) return;
    const shown = studio.findings.getState().result;
    if (shown && shown.revision >= revision && shown.findings === part.findings) return;
    const doc = docs.get(revision);
    if (!doc) return;
    for (const r of docs.keys()) if (r < revision) docs.delete(r);
    const mesh = resolveThermalPreset(studio.view.getState().thermalPreset, doc);
    setEvaluation(studio.findings, {
      revision,
      doc,
      mesh,
      service: part.service,
      findings: part.findings,
    });
  };

  const stops = [
    studio.docs.store.subscribe((s, before) => {
      if (s.revision !== before.revision) remember(s.revision, s.doc);
    }),
    analysis.subscribe((s, before) => {
      if (s.result?.findings !== before.result?.findings) take();
      // A failed analysis is the findings' failure too: the panel says so, keeping its result.
      if (s.error !== before.error && s.error) studio.findings.setState({ error: s.error.message });
    }),
  ];
  take();
  return () => stops.forEach((stop) => stop());
}
