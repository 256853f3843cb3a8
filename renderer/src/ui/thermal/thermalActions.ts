/**
 * Thermal view actions: show or hide the heat-map overlay (key H). The layer and the mesh
 * preset are picked in the toolbar's thermal group (ThermalToolbar.tsx).
 */
import type { Action } from '../actions/types';

/** The thermal actions of the View menu. */
export const THERMAL_ACTIONS: readonly Action[] = [
  {
    id: 'view.heatmap',
    label: 'Heat map',
    keys: ['H'],
    menu: 'view',
    when: () => true,
    run: ({ studio }) =>
      studio.view.setState((s) => ({
        heatmap: { ...s.heatmap, isVisible: !s.heatmap.isVisible },
      })),
  },
];
