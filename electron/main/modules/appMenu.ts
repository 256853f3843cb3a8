/**
 * The native application menu. Items send action ids to the renderer over
 * MENU_ACTION_CHANNEL ("file.save", "view.camera.top", ...); the renderer's action registry runs
 * them. Shortcuts are shown but not registered as accelerators (`registerAccelerator: false`):
 * the renderer's action registry owns the keys, the same in Electron and in the browser, so a
 * key never fires twice and Delete or Ctrl+Z still reach a focused text field. Only roles
 * (Quit, Cut, Copy, Paste, Full Screen) keep their native keys.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentEntry } from '../../ipc';

/** The six architecture templates offered under File ▸ New from Template, as example ids. */
export const EXAMPLE_TEMPLATES: readonly { readonly id: string; readonly label: string }[] = [
  { id: 'dsp-pluggable', label: 'DSP Pluggable (baseline)' },
  { id: 'lpo', label: 'LPO: Linear Pluggable Optics' },
  { id: 'npo', label: 'NPO: Near-Packaged Optics' },
  { id: 'cpo-a', label: 'CPO Type A: on the package substrate' },
  { id: 'cpo-b', label: 'CPO Type B: wafer-level 2.5D' },
  { id: 'cpo-c', label: 'CPO Type C: 3D stacked' },
];

export interface MenuInput {
  readonly platform: NodeJS.Platform;
  readonly recent: readonly RecentEntry[];
  /** Sends an action id to the focused studio window. */
  readonly send: (actionId: string) => void;
}

type Item = MenuItemConstructorOptions;

function action(input: MenuInput, label: string, id: string, accelerator?: string): Item {
  return {
    label,
    click: () => input.send(id),
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
  };
}

function fileMenu(input: MenuInput): Item {
  const templates = EXAMPLE_TEMPLATES.map(({ id, label }) =>
    action(input, label, `file.new:${id}`),
  );
  const recent: Item[] = input.recent.length
    ? input.recent.map(({ handle, name }) => action(input, name, `file.openRecent:${handle}`))
    : [{ label: 'No Recent Designs', enabled: false }];
  return {
    label: 'File',
    submenu: [
      { label: 'New from Template…', submenu: templates },
      action(input, 'Open…', 'file.open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recent },
      { type: 'separator' },
      action(input, 'Save', 'file.save', 'CmdOrCtrl+S'),
      action(input, 'Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      action(input, 'Import Part Library…', 'parts.import'),
      action(input, 'Export Part Library…', 'parts.export'),
      { type: 'separator' },
      input.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function editMenu(input: MenuInput): Item {
  return {
    label: 'Edit',
    submenu: [
      action(input, 'Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      action(input, 'Redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      action(input, 'Duplicate', 'edit.duplicate', 'CmdOrCtrl+D'),
      action(input, 'Delete', 'edit.delete', 'Delete'),
      { type: 'separator' },
      action(input, 'Select All', 'edit.selectAll', 'CmdOrCtrl+A'),
      { type: 'separator' },
      action(input, 'New Part…', 'part.new'),
    ],
  };
}

function viewMenu(input: MenuInput): Item {
  const cameras = ['top', 'front', 'side', 'isometric'].map((preset, index) =>
    action(
      input,
      `${preset[0]?.toUpperCase()}${preset.slice(1)}`,
      `view.camera.${preset}`,
      `${index + 1}`,
    ),
  );
  const panels = [
    ['Outline', 'outline'],
    ['Inspector', 'inspector'],
    ['Metrics', 'metrics'],
  ].map(([label, id]) => action(input, `Toggle ${label}`, `view.panel.${id}`));
  return {
    label: 'View',
    submenu: [
      { label: 'Camera', submenu: cameras },
      action(input, 'Fit Design', 'view.fit', 'F'),
      action(input, 'Heat Map', 'view.heatmap', 'H'),
      action(input, 'Rule Markers', 'view.ruleMarkers', 'Shift+R'),
      { type: 'separator' },
      ...panels,
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(input: MenuInput): Item {
  return {
    role: 'help',
    submenu: [
      action(input, 'Keyboard Shortcuts', 'help.shortcuts', 'CmdOrCtrl+/'),
      action(input, 'About Lightpath Studio', 'help.about'),
    ],
  };
}

/** The whole menu as a template for Menu.buildFromTemplate. */
export function buildMenuTemplate(input: MenuInput): Item[] {
  const menus = [fileMenu(input), editMenu(input), viewMenu(input), helpMenu(input)];
  return input.platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus;
}
