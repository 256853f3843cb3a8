/**
 * Runs one command from the Stack-up panel as one undo step and returns the refusal message
 * ('' when it applied), so the field that asked can show it beside itself.
 */
import type { Command } from '../../model/commands/command';
import type { Studio } from '../../store/studio';

/** '' when `command` applied; else the CommandError's message (the document is unchanged). */
export function runEdit<P>(studio: Studio, command: Command<P>): string {
  if (studio.docs.runCommand(command)) return '';
  return studio.docs.store.getState().lastCommandError || 'the edit did not apply';
}
