/**
 * Copy, cut and paste of components (Ctrl+C / X / V). The clipboard is kept in memory for the
 * studio (`studio.clipboard`), so it survives opening another document, and is also written
 * to the system clipboard as JSON text where the browser permits; paste prefers the system clipboard's
 * text when it holds Lightpath components (copied in another window), else the memory.
 * A paste is one undo step (one history gesture of addComponent and addLink commands).
 */
import { addComponent, addLink, deleteComponents } from '../../model/commands';
import {
  clipboardText,
  copyComponents,
  parseClipboardText,
  planPaste,
  type ClipboardPayload,
} from '../../store/clipboard';
import type { Studio } from '../../store/studio';
import { DUPLICATE_OFFSET_MM, selectedComponentIds } from './editActions';
import type { Action, ActionContext } from './types';

async function writeSystemClipboard(payload: ClipboardPayload): Promise<void> {
  try {
    await navigator.clipboard?.writeText(clipboardText(payload));
  } catch {
    // Not permitted (no focus or no permission): the in-memory clipboard still holds it.
  }
}

async function readSystemClipboard(): Promise<ClipboardPayload | null> {
  try {
    const text = await navigator.clipboard?.readText();
    return text ? parseClipboardText(text) : null;
  } catch {
    return null;
  }
}

function copy(studio: Studio): ClipboardPayload | null {
  const payload = copyComponents(studio.docs.store.getState().doc, selectedComponentIds(studio));
  if (!payload) return null;
  studio.clipboard.setState({ payload });
  studio.view.setState({ notice: `Copied ${payload.components.length} component(s)` });
  return payload;
}

/** Pastes a payload into the open document as one undo step and selects the copies. */
export function pastePayload(studio: Studio, payload: ClipboardPayload): boolean {
  const plan = planPaste(studio.docs.store.getState().doc, payload, DUPLICATE_OFFSET_MM);
  if (!plan) return false;
  studio.docs.beginGesture('Paste');
  const isOk =
    plan.components.every((component) => studio.docs.runCommand(addComponent({ component }))) &&
    plan.links.every((link) => studio.docs.runCommand(addLink({ link })));
  if (!isOk) {
    studio.docs.cancelGesture();
    return false;
  }
  studio.docs.commitGesture();
  studio.select(plan.components.map((c) => c.id));
  return true;
}

const hasParts = ({ studio }: ActionContext) => selectedComponentIds(studio).length > 0;

/** The clipboard actions of the Edit menu. */
export const CLIPBOARD_ACTIONS: readonly Action[] = [
  {
    id: 'edit.copy',
    label: 'Copy',
    keys: ['Mod+C'],
    menu: 'edit',
    when: hasParts,
    run: async ({ studio }) => {
      const payload = copy(studio);
      if (payload) await writeSystemClipboard(payload);
    },
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    keys: ['Mod+X'],
    menu: 'edit',
    when: hasParts,
    run: async ({ studio }) => {
      const payload = copy(studio);
      if (!payload) return;
      if (studio.docs.runCommand(deleteComponents({ ids: selectedComponentIds(studio) })))
        studio.select([]);
      await writeSystemClipboard(payload);
    },
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    keys: ['Mod+V'],
    menu: 'edit',
    when: () => true,
    run: async ({ studio }) => {
      const payload = (await readSystemClipboard()) ?? studio.clipboard.getState().payload;
      if (payload) pastePayload(studio, payload);
    },
  },
];
