/**
 * Mounts whichever analysis panel is open (panelStore.ts): compare view, sweep panel or
 * findings and serviceability panel.
 */
import { useStore } from 'zustand';
import { FindingsPanel } from '../findings/FindingsPanel';
import { SweepPanel } from '../sweep/SweepPanel';
import { CompareView } from './CompareView';
import { analysisPanels } from './panelStore';
import './compare.css';

/** The open analysis panel, or nothing. */
export function AnalysisPanels() {
  const open = useStore(analysisPanels, (s) => s.open);
  const close = () => analysisPanels.setState({ open: null });
  if (open === 'compare') return <CompareView onClose={close} />;
  if (open === 'sweep') return <SweepPanel onClose={close} />;
  if (open === 'findings') return <FindingsPanel onClose={close} />;
  return null;
}
