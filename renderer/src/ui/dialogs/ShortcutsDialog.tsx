/**
 * Help → Keyboard shortcuts ("?"): every action with a key, from the registry, grouped by
 * the first part of its id (file, edit, view, tools, review, help), then the mouse and
 * Escape gestures that are not actions.
 */
import { ACTIONS } from '../actions/registry';
import { displayKeys, isMac } from '../actions/keys';
import type { Action } from '../actions/types';
import { Modal } from './Modal';

/** Group heading of an action id's first segment; unknown prefixes go under "Other". */
const GROUP_OF: Readonly<Record<string, string>> = {
  file: 'File',
  edit: 'Edit',
  part: 'Edit',
  arrange: 'Edit',
  view: 'View',
  tool: 'Tools',
  measure: 'Tools',
  review: 'Review',
  palette: 'Help',
  help: 'Help',
};

/** Actions with keys, grouped in first-seen order of their group. */
export function shortcutGroups(actions: readonly Action[]): [string, Action[]][] {
  const groups = new Map<string, Action[]>();
  for (const a of actions) {
    if (a.keys.length === 0) continue;
    const group = GROUP_OF[a.id.split('.')[0] ?? ''] ?? 'Other';
    groups.set(group, [...(groups.get(group) ?? []), a]);
  }
  return [...groups.entries()];
}

const GESTURES: ReadonlyArray<[string, string[]]> = [
  ['Move parts (snaps; Esc cancels)', ['Drag a part']],
  ['Orbit / pan / zoom', ['Left drag', 'Right drag', 'Wheel']],
  ['Context menu of a part or the view', ['Right-click', 'Shift+F10']],
  ['Clear the measure, leave a tool, close a menu', ['Esc']],
];

/** Props: how to close the overlay. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const mac = isMac(navigator.platform);
  return (
    <Modal
      title="Keyboard shortcuts"
      onClose={onClose}
      testId="shortcuts-dialog"
      actions={
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <table className="shortcuts">
        {[...shortcutGroups(ACTIONS), ['Mouse and Escape', null] as const].map(([group, list]) => (
          <tbody key={group} data-group={group}>
            <tr>
              <th colSpan={2}>{group}</th>
            </tr>
            {list
              ? list.map((a) => (
                  <tr key={a.id} data-action={a.id}>
                    <td>{a.label}</td>
                    <td>
                      {a.keys.map((k) => (
                        <kbd key={k}>{displayKeys(k, mac)}</kbd>
                      ))}
                    </td>
                  </tr>
                ))
              : GESTURES.map(([label, keys]) => (
                  <tr key={label}>
                    <td>{label}</td>
                    <td>
                      {keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </td>
                  </tr>
                ))}
          </tbody>
        ))}
      </table>
    </Modal>
  );
}
