/**
 * Mounts whichever analysis panel is open (store/analysisPanelStore.ts): compare view, sweep
 * panel or findings and serviceability panel.
 */
import { useStore } from 'zustand';
import { useStudio } from '../studioContext';
import { FindingsPanel } from '../findings/FindingsPanel';
import { SweepPanel } from '../sweep/SweepPanel';
import { CompareView } from './CompareView';
import './compare.css';

/** The open analysis panel, or nothing. */
export function AnalysisPanels() {
  const studio = useStudio();
  const open = useStore(studio.analysisPanel, (s) => s.open);
  const close = () => studio.analysisPanel.setState({ open: null });
  if (open === 'compare') return <CompareView onClose={close} />;
  if (open === 'sweep') return <SweepPanel onClose={close} />;
  if (open === 'findings') return <FindingsPanel onClose={close} />;
  return null;
}
