/**
 * View and Help actions: camera presets, fit, panels, rule markers, the shortcuts overlay,
 * about.
 */
import { toggleRuleMarkers } from '../../store/findingsStore';
import { requestCamera, type CameraPreset, type ViewState } from '../../store/viewStore';
import { LAYOUT_ACTIONS } from './layoutActions';
import type { Action } from './types';

const always = () => true;

const PRESETS: ReadonlyArray<[string, CameraPreset, string, string]> = [
  ['top', 'top', 'Top', '1'],
  ['front', 'front', 'Front', '2'],
  ['side', 'side', 'Side', '3'],
  ['isometric', 'iso', 'Isometric', '4'],
];

const PANELS: ReadonlyArray<[keyof ViewState['panels'], string]> = [
  ['outline', 'Outline'],
  ['inspector', 'Inspector'],
  ['metrics', 'Metrics'],
];

/** The View and Help menus' actions. */
export const VIEW_ACTIONS: readonly Action[] = [
  ...PRESETS.map(([id, preset, label, key]): Action => ({
    id: `view.camera.${id}`,
    label: `${label} view`,
    keys: [key],
    menu: 'view',
    when: always,
    run: ({ studio }) => requestCamera(studio.view, preset),
  })),
  {
    id: 'view.camera.orthoTop',
    label: 'Orthographic top view',
    keys: ['T', '5'],
    menu: 'view',
    when: always,
    run: ({ studio }) => requestCamera(studio.view, 'top', true),
  },
  {
    id: 'view.projection',
    label: 'Orthographic projection',
    keys: ['O'],
    menu: 'view',
    when: always,
    run: ({ studio }) => {
      const { camera, isOrthographic } = studio.view.getState();
      requestCamera(studio.view, camera.preset, !isOrthographic);
    },
  },
  {
    id: 'view.fit',
    label: 'Fit selection (or design)',
    keys: ['F'],
    menu: 'view',
    when: always,
    run: ({ studio }) =>
      requestCamera(studio.view, studio.view.getState().camera.preset, undefined, true),
  },
  {
    id: 'view.fitAll',
    label: 'Fit design',
    keys: ['Home'],
    menu: 'view',
    when: always,
    run: ({ studio }) => requestCamera(studio.view, studio.view.getState().camera.preset),
  },
  ...LAYOUT_ACTIONS,
  ...PANELS.map(([panel, label]): Action => ({
    id: `view.panel.${panel}`,
    label: `${label} panel`,
    keys: [],
    menu: 'view',
    when: always,
    run: ({ studio }) =>
      studio.view.setState((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
  })),
  {
    // Markers of the design-rule findings in the viewport (also shown with the findings panel).
    id: 'view.ruleMarkers',
    label: 'Rule markers',
    keys: ['Shift+R'],
    menu: 'view',
    when: always,
    run: ({ studio }) => toggleRuleMarkers(studio.findings),
  },
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    keys: ['?', 'Mod+/'],
    menu: 'help',
    when: always,
    run: ({ studio }) => studio.view.setState({ dialog: { kind: 'shortcuts' } }),
  },
  {
    id: 'help.about',
    label: 'About Lightpath Studio',
    keys: [],
    menu: 'help',
    when: always,
    run: ({ studio }) => studio.view.setState({ dialog: { kind: 'about' } }),
  },
];
