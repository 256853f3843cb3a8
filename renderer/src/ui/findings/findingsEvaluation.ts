/**
 * Keeps the findings store current: while the findings panel is open or View → Rule markers
 * is on, the open design is evaluated as `lightpath analyze` does, half a second after the
 * last edit, its temperatures on the mesh the live thermal solve uses (the Thermal menu's
 * choice; "auto" is the normal mesh that analyze uses, coarse for a very big design). Runs once per window (mounted by the Shell), so the panel and
 * the markers share one result and opening the panel does not start a second evaluation.
 */
import { useEffect } from 'react';
import type { MeshPreset } from '../../engine/thermal/types';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { Studio } from '../../store/studio';
import { evaluateInWorker } from '../../worker/pool/evaluateClient';
import { resolveThermalPreset } from '../../worker/thermalPreset';
import { analysisPanels } from '../compare/panelStore';
import { findingsStore, setEvaluation, type FindingsEvaluation } from './findingsStore';

/** Wait after the last edit before re-evaluating, ms. */
export const SETTLE_MS = 500;

/** Evaluates one design (the worker's evaluateInWorker, or a fake in tests). */
export type Evaluate = (
  doc: Design,
  library: PartLibrary,
  thermalPreset: MeshPreset['name'] | null,
) => Promise<Pick<FindingsEvaluation, 'service' | 'findings'>>;

/** True while something shows findings: the findings panel or the rule markers. */
export function isFindingsWanted(): boolean {
  return analysisPanels.getState().open === 'findings' || findingsStore.getState().isMarkersOn;
}

/**
 * Starts keeping the store current for `studio`; returns the function that stops it. A
 * result for an older request (an edit or a close came in between) is dropped.
 */
export function startFindingsEvaluation(
  studio: Pick<Studio, 'docs' | 'parts' | 'view'>,
  evaluate: Evaluate = evaluateInWorker,
  settleMs = SETTLE_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;
  let wasWanted = isFindingsWanted();

  function schedule(): void {
    clearTimeout(timer);
    const mine = ++request;
    if (!isFindingsWanted()) return;
    const { doc, revision } = studio.docs.store.getState();
    if (findingsStore.getState().result?.revision === revision) return;
    timer = setTimeout(() => {
      const mesh = resolveThermalPreset(studio.view.getState().thermalPreset, doc);
      evaluate(doc, studio.parts, mesh).then(
        (r) => {
          if (mine === request) setEvaluation({ revision, doc, mesh, ...r });
        },
        (e: unknown) => {
          if (mine === request)
            findingsStore.setState({ error: e instanceof Error ? e.message : String(e) });
        },
      );
    }, settleMs);
  }

  function onWantedChange(): void {
    const isWanted = isFindingsWanted();
    if (isWanted === wasWanted) return;
    wasWanted = isWanted;
    schedule();
  }

  const stops = [
    studio.docs.store.subscribe((s, before) => s.doc !== before.doc && schedule()),
    studio.view.subscribe((s, before) => {
      if (s.thermalPreset === before.thermalPreset) return;
      findingsStore.setState({ result: null });
      schedule();
    }),
    analysisPanels.subscribe(onWantedChange),
    findingsStore.subscribe(onWantedChange),
  ];
  schedule();
  return () => {
    stops.forEach((stop) => stop());
    clearTimeout(timer);
    request++;
  };
}

/** Keeps the findings store current while the calling component is mounted. */
export function useFindingsEvaluation(studio: Studio): void {
  useEffect(() => startFindingsEvaluation(studio), [studio]);
}
