/**
 * Edit → Apply commands…: replays a command list (model/commands/replay.ts, the same reader
 * and replay as `lightpath apply`) on the open design as one undo step. A list that does not
 * parse, or any command in it that is refused, changes nothing: the gesture is cancelled and
 * the reason returned.
 */
import { commandFromJson } from '../model/commands/registry';
import { parseCommandList, replayCommands } from '../model/commands/replay';
import type { DocumentStore } from './documentStore';

/** Applies the list in `text`; the error message, or null when every command ran. */
export function applyCommandsText(
  docs: DocumentStore,
  fileName: string,
  text: string,
): string | null {
  const entries = parseCommandList(fileName, text);
  if (typeof entries === 'string') return entries;
  // Dry run first, so a refusal names its index and leaves no trace in the history.
  const dry = replayCommands(docs.store.getState().doc, entries, fileName);
  if (!dry.ok) return dry.message;
  docs.beginGesture(`apply ${fileName}`);
  for (const entry of entries) {
    if (!docs.runCommand(commandFromJson(entry))) {
      const why = docs.store.getState().lastCommandError;
      docs.cancelGesture();
      return `${fileName}: ${entry.name} refused: ${why}`;
    }
  }
  docs.commitGesture();
  return null;
}
