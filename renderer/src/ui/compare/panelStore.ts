/**
 * Which analysis panel is open: the compare view, the sweep panel (both large dialogs) or
 * the findings and serviceability panel (docked over the viewport). View state only.
 */
import { createStore } from 'zustand/vanilla';

/** The open analysis panel, if any. */
export type AnalysisPanel = 'compare' | 'sweep' | 'findings' | null;

/** The one panel store of the window. */
export const analysisPanels = createStore<{ open: AnalysisPanel }>(() => ({ open: null }));

/** Opens `panel`, or closes it when it is already open. */
export function togglePanel(panel: Exclude<AnalysisPanel, null>): void {
  analysisPanels.setState((s) => ({ open: s.open === panel ? null : panel }));
}
