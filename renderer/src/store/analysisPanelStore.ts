/**
 * Which analysis panel is open: the compare view, the sweep panel (both large dialogs) or
 * the findings and serviceability panel (docked over the viewport). View state only; one
 * store per studio (`studio.analysisPanel`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The open analysis panel, if any. */
export type AnalysisPanel = 'compare' | 'sweep' | 'findings' | null;

/** What the analysis-panel store holds. */
export interface AnalysisPanelState {
  readonly open: AnalysisPanel;
}

/** The analysis-panel store of one studio. */
export type AnalysisPanelStore = StoreApi<AnalysisPanelState>;

/** A panel store with no panel open. */
export function createAnalysisPanelStore(): AnalysisPanelStore {
  return createStore<AnalysisPanelState>(() => ({ open: null }));
}

/** Opens `panel`, or closes it when it is already open. */
export function togglePanel(panels: AnalysisPanelStore, panel: Exclude<AnalysisPanel, null>): void {
  panels.setState((s) => ({ open: s.open === panel ? null : panel }));
}
