/**
 * View-menu action of the Cooling panel (Shift+H, next to H for the heat map): ambient,
 * exposed faces and the cooling boundaries of the open design.
 */
import type { Action } from '../actions/types';
import { toggleCoolingPanel } from '../../store/coolingPanelStore';

/** The Cooling panel action. */
export const COOLING_ACTIONS: readonly Action[] = [
  {
    id: 'view.panel.cooling',
    label: 'Cooling panel',
    keys: ['Shift+H'],
    menu: 'view',
    when: () => true,
    run: ({ studio }) => toggleCoolingPanel(studio.cooling),
  },
];
