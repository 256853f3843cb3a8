/**
 * View-menu actions of the comparison, sweep and findings panels.
 */
import type { Action } from '../actions/types';
import { togglePanel } from './panelStore';

/** Compare, sweep and findings actions. */
export const COMPARE_ACTIONS: readonly Action[] = [
  {
    id: 'view.compare',
    label: 'Compare architectures…',
    keys: [],
    menu: 'view',
    when: () => true,
    run: () => togglePanel('compare'),
  },
  {
    id: 'view.sweep',
    label: 'Parameter sweep…',
    keys: [],
    menu: 'view',
    when: () => true,
    run: () => togglePanel('sweep'),
  },
  {
    id: 'view.findings',
    label: 'Findings and serviceability',
    keys: [],
    menu: 'view',
    when: () => true,
    run: () => togglePanel('findings'),
  },
];
