/**
 * Help → Keyboard shortcuts ("?"): every action with a key, from the registry.
 */
import { ACTIONS } from '../actions/registry';
import { displayKeys, isMac } from '../actions/keys';
import { Modal } from './Modal';

/** Props: how to close the overlay. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const mac = isMac(navigator.platform);
  const bound = ACTIONS.filter((a) => a.keys.length > 0);
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
        <tbody>
          {bound.map((a) => (
            <tr key={a.id}>
              <td>{a.label}</td>
              <td>
                {a.keys.map((k) => (
                  <kbd key={k}>{displayKeys(k, mac)}</kbd>
                ))}
              </td>
            </tr>
          ))}
          <tr>
            <td>Move parts (0.5 mm snap; Esc cancels)</td>
            <td>
              <kbd>Drag a part</kbd>
            </td>
          </tr>
          <tr>
            <td>Orbit / pan / zoom</td>
            <td>
              <kbd>Left drag</kbd> <kbd>Right drag</kbd> <kbd>Wheel</kbd>
            </td>
          </tr>
        </tbody>
      </table>
    </Modal>
  );
}
