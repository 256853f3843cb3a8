/**
 * What the command palette offers: every action of the registry (with its keys), one
 * "New from template" entry per bundled example, and "Go to part" for every component.
 * Running an entry goes through the registry like a menu click.
 */
import { EMPTY_TEMPLATE_ID, listExamples } from '../../store/examples';
import type { Studio } from '../../store/studio';
import { ACTIONS, runAction } from '../actions/registry';
import { focusSelection } from '../review/reviewActions';
import type { PaletteEntry } from './rankEntries';

/** Actions the palette does not list as such: itself, and those expanded into entries. */
const NOT_LISTED = new Set(['palette.open', 'file.new', 'file.openRecent']);

/** The palette's entries for the studio as it is now. */
export function paletteEntries(studio: Studio): PaletteEntry[] {
  const ctx = { studio, source: 'menu' as const };
  const actions = ACTIONS.filter((a) => !NOT_LISTED.has(a.id)).map((a): PaletteEntry => ({
    key: `action:${a.id}`,
    label: a.label,
    detail: a.id,
    keys: a.keys,
    isEnabled: a.when(ctx),
  }));
  const templates = [EMPTY_TEMPLATE_ID, ...listExamples().map((e) => e.id)].map(
    (id): PaletteEntry => ({
      key: `action:file.new:${id}`,
      label: `New from template: ${id}`,
      detail: `file.new:${id}`,
      keys: [],
      isEnabled: true,
    }),
  );
  const parts = studio.docs.store.getState().doc.components.map((c): PaletteEntry => ({
    key: `part:${c.id}`,
    label: `Go to part: ${c.name || c.id}`,
    detail: `${c.id} · ${studio.parts.get(c.partId)?.name ?? c.partId}`,
    keys: [],
    isEnabled: true,
  }));
  return [...actions, ...templates, ...parts];
}

/** Runs a palette entry: an action by id, or selects a part and turns the view to it. */
export function runPaletteEntry(studio: Studio, key: string): boolean {
  if (key.startsWith('action:')) return runAction(studio, key.slice('action:'.length), 'menu');
  if (!key.startsWith('part:')) return false;
  const id = key.slice('part:'.length);
  studio.select([id]);
  if (!studio.view.getState().selection.includes(id)) return false;
  focusSelection(studio);
  return true;
}
