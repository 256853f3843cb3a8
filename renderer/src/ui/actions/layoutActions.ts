/**
 * Layout aids of the View menu: snapping, grid pitch, exploded stack, the connect tool and
 * the Layers panel. They change view state only (never the document, never history).
 */
import type { Action } from './types';

const always = () => true;

/** Grid pitches offered in the menu, mm. */
export const GRID_PITCHES_MM = [0.1, 0.25, 0.5, 1, 2, 5, 10] as const;

/** The layout aids. `view.gridPitch:<mm>` sets any positive pitch. */
export const LAYOUT_ACTIONS: readonly Action[] = [
  {
    id: 'view.snap',
    label: 'Snap to grid, edges and ports',
    keys: ['G'],
    menu: 'view',
    when: always,
    run: ({ studio }) => studio.view.setState((s) => ({ isSnapping: !s.isSnapping })),
  },
  {
    id: 'view.gridPitch',
    label: 'Grid pitch',
    keys: [],
    when: ({ arg }) => arg !== undefined && Number(arg) > 0 && Number.isFinite(Number(arg)),
    run: ({ studio, arg }) => studio.view.setState({ gridPitchMm: Number(arg) }),
  },
  {
    id: 'view.explode',
    label: 'Exploded stack',
    keys: ['E'],
    menu: 'view',
    when: always,
    run: ({ studio }) => studio.view.setState((s) => ({ explode: s.explode > 0 ? 0 : 1 })),
  },
  {
    id: 'tool.connect',
    label: 'Connect ports (link tool)',
    keys: ['C'],
    menu: 'edit',
    when: always,
    run: ({ studio }) =>
      studio.view.setState((s) => ({
        tool: s.tool === 'connect' ? 'select' : 'connect',
        connectFrom: null,
      })),
  },
  {
    id: 'view.panel.layers',
    label: 'Layers panel',
    keys: ['L'],
    menu: 'view',
    when: always,
    run: ({ studio }) =>
      studio.view.setState((s) => ({ panels: { ...s.panels, layers: !s.panels.layers } })),
  },
  {
    id: 'view.panel.parts',
    label: 'Parts palette',
    keys: ['P'],
    menu: 'view',
    when: always,
    run: ({ studio }) =>
      studio.view.setState((s) => ({ panels: { ...s.panels, parts: !s.panels.parts } })),
  },
];
