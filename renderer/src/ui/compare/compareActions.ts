/**
 * View-menu actions of the comparison, sweep and findings panels.
 */
import type { Action } from '../actions/types';
import { togglePanel } from '../../store/analysisPanelStore';

/** Compare, sweep and findings actions. */
export const COMPARE_ACTIONS: readonly Action[] = [
  {
    id: 'view.compare',
    label: 'Compare architectures…',
    keys: [],
    menu: 'view',
    when: () => true,
    run: ({ studio }) => togglePanel(studio.analysisPanel, 'compare'),
  },
  {
    id: 'view.sweep',
    label: 'Parameter sweep…',
    keys: [],
    menu: 'view',
    when: () => true,
    run: ({ studio }) => togglePanel(studio.analysisPanel, 'sweep'),
  },
  {
    id: 'view.findings',
    label: 'Findings and serviceability',
    keys: [],
    menu: 'view',
    when: () => true,
    run: ({ studio }) => togglePanel(studio.analysisPanel, 'findings'),
  },
];
