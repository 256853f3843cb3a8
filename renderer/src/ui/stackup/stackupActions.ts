/**
 * Stack-up actions: the panel toggle (View, Shift+L), Edit → Add carrier… and Edit → Delete
 * carrier (the selected one; when things sit on it, a confirmation deletes them with it).
 */
import { removeCarrier } from '../../model/commands';
import type { Studio } from '../../store/studio';
import type { Action } from '../actions/types';
import { toggleStackup } from '../../store/stackupStore';

/** The selected carrier that may be deleted (any but the base), or undefined. */
function deletableCarrier(studio: Studio) {
  const { doc } = studio.docs.store.getState();
  const selection = studio.view.getState().selection;
  return doc.carriers.find((c) => selection.includes(c.id) && c.onCarrierId !== undefined);
}

function deleteCarrier(studio: Studio) {
  const carrier = deletableCarrier(studio);
  if (!carrier) return;
  if (studio.docs.runCommand(removeCarrier({ id: carrier.id }))) return studio.select([]);
  const message = studio.docs.store.getState().lastCommandError;
  studio.view.setState({
    dialog: {
      kind: 'confirm',
      title: `Delete ${carrier.name || carrier.id}?`,
      message: `${message.replace(/: move or delete them first, or remove with cascade$/, '')}. Delete them with it?`,
      confirmLabel: 'Delete all',
      answer: (isConfirmed) => {
        studio.view.setState({ dialog: null });
        if (isConfirmed && studio.docs.runCommand(removeCarrier({ id: carrier.id, cascade: true })))
          studio.select([]);
      },
    },
  });
}

/** The stack-up actions. */
export const STACKUP_ACTIONS: readonly Action[] = [
  {
    id: 'view.panel.stackup',
    label: 'Stack-up panel',
    keys: ['Shift+L'],
    menu: 'view',
    when: () => true,
    run: ({ studio }) => toggleStackup(studio.stackup),
  },
  {
    id: 'carrier.add',
    label: 'Add carrier…',
    keys: [],
    menu: 'edit',
    when: () => true,
    run: ({ studio }) => studio.stackup.setState({ isAddOpen: true }),
  },
  {
    id: 'carrier.delete',
    label: 'Delete carrier',
    keys: [],
    menu: 'edit',
    when: ({ studio }) => deletableCarrier(studio) !== undefined,
    run: ({ studio }) => deleteCarrier(studio),
  },
];
