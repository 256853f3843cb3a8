import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, EXAMPLE_TEMPLATES } from '../../../electron/main/modules/appMenu';
import { ArchitectureSchema } from '../../../renderer/src/model/schema';

type Item = MenuItemConstructorOptions;

/** Every item of a template, depth first. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function menuFor(
  platform: NodeJS.Platform,
  recent = [{ handle: 'tok-1', name: 'switch.lightpath.json' }],
) {
  const sent: string[] = [];
  const template = buildMenuTemplate({ platform, recent, send: (id) => sent.push(id) });
  const items = flatten(template);
  const click = (label: string): string | undefined => {
    const item = items.find((i) => i.label === label);
    item?.click?.({} as never, undefined, {} as never);
    return sent.at(-1);
  };
  return { template, items, click, sent };
}

describe('application menu', () => {
  it('has File, Edit, View and Help, with the app menu first on macOS', () => {
    expect(menuFor('linux').template.map((m) => m.label ?? m.role)).toEqual([
      'File',
      'Edit',
      'View',
      'help',
    ]);
    expect(menuFor('darwin').template[0]?.role).toBe('appMenu');
  });

  it('sends the documented action ids', () => {
    const { click } = menuFor('linux');
    const expected: Record<string, string> = {
      'Open…': 'file.open',
      Save: 'file.save',
      'Save As…': 'file.saveAs',
      Undo: 'edit.undo',
      Redo: 'edit.redo',
      Delete: 'edit.delete',
      Duplicate: 'edit.duplicate',
      'Select All': 'edit.selectAll',
      Top: 'view.camera.top',
      Front: 'view.camera.front',
      Side: 'view.camera.side',
      Isometric: 'view.camera.isometric',
      'Toggle Outline': 'view.panel.outline',
      'Fit Design': 'view.fit',
      'Heat Map': 'view.heatmap',
      'Rule Markers': 'view.ruleMarkers',
      'Keyboard Shortcuts': 'help.shortcuts',
      'About Lightpath Studio': 'help.about',
      'switch.lightpath.json': 'file.openRecent:tok-1',
    };
    for (const [label, actionId] of Object.entries(expected))
      expect(click(label), label).toBe(actionId);
  });

  it('offers the six architecture templates, one per architecture of the schema', () => {
    const { items, click } = menuFor('linux');
    const newMenu = items.find((i) => i.label === 'New from Template…');
    expect(Array.isArray(newMenu?.submenu) && newMenu.submenu.length).toBe(6);
    expect(EXAMPLE_TEMPLATES.map((t) => t.id)).toEqual(ArchitectureSchema.options);
    expect(click(EXAMPLE_TEMPLATES[3]!.label)).toBe('file.new:cpo-a');
  });

  it('shows shortcuts without registering them: the renderer owns the keys', () => {
    const { items } = menuFor('linux');
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(byLabel('Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
    expect(byLabel('Open…')).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
    expect(byLabel('Save As…')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S' });
    expect(byLabel('Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(byLabel('Top')).toMatchObject({ accelerator: '1' });
    const withKeys = items.filter((i) => i.accelerator !== undefined);
    expect(withKeys.length).toBeGreaterThanOrEqual(12);
    for (const item of withKeys) expect(item.registerAccelerator, item.label).toBe(false);
    expect(items.some((i) => i.role === 'quit')).toBe(true);
    expect(items.some((i) => i.role === 'copy')).toBe(true);
  });

  it('shows a disabled placeholder when there are no recent designs', () => {
    const { items } = menuFor('linux', []);
    expect(items.find((i) => i.label === 'No Recent Designs')?.enabled).toBe(false);
  });
});
