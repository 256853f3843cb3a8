/**
 * Edit → Apply commands…: pick a JSON command list (the file `lightpath apply` reads) and
 * replay it on the open design as one undo step (store/applyCommands.ts).
 */
import { applyCommandsText } from '../../store/applyCommands';
import type { Action } from './types';

export const MACRO_ACTIONS: readonly Action[] = [
  {
    id: 'edit.applyCommands',
    label: 'Apply commands…',
    keys: [],
    menu: 'edit',
    when: () => true,
    async run({ studio }) {
      const opened = await studio.host.openDocument();
      if (!opened) return;
      const error = applyCommandsText(studio.docs, opened.name, opened.text);
      if (error !== null) {
        studio.showError('Could not apply the commands', `${error}\nThe design is unchanged.`);
        return;
      }
      studio.view.setState({ notice: `Applied the commands of ${opened.name} (one undo step)` });
    },
  },
];
