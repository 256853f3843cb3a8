/**
 * Autosave of unsaved work: a debounced recovery copy through the host (IndexedDB in the
 * browser, the app's data folder in Electron), never over the user's file; and the
 * Recover / Discard offer on start.
 */
import { serializeDesign } from './documentIo';
import type { Studio } from './studio';

/** Quiet time after the last edit before a recovery copy is written, ms. */
export const AUTOSAVE_DELAY_MS = 1000;

/** Starts autosaving; returns the function that stops it. */
export function startAutosave(studio: Studio, delayMs = AUTOSAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = studio.docs.store.subscribe((s, prev) => {
    if (s.revision === prev.revision || !s.isDirty || s.history.gesture) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = studio.docs.store.getState();
      if (!now.isDirty) return;
      studio.host.writeRecovery(serializeDesign(now.doc)).catch((err: unknown) => {
        studio.view.setState({ notice: `Autosave failed: ${String(err)}` });
      });
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Shows the Recover / Discard prompt when the host holds a recovery copy. */
export async function offerRecovery(studio: Studio): Promise<boolean> {
  const copy = await studio.host.readRecovery().catch(() => null);
  if (!copy) return false;
  studio.view.setState({ dialog: { kind: 'recovery', savedAt: copy.savedAt, text: copy.text } });
  return true;
}

/** Loads the recovery copy as an unsaved document. */
export function acceptRecovery(studio: Studio, text: string): void {
  const outcome = studio.openText('recovered.lightpath.json', text, null);
  if (outcome.ok) {
    const { doc } = studio.docs.store.getState();
    studio.docs.replaceDocument(doc, {
      handle: null,
      fileName: 'recovered.lightpath.json',
      isDirty: true,
    });
    studio.view.setState({ dialog: null, notice: 'Recovered unsaved work' });
  }
}

/** Drops the recovery copy, then closes the prompt (so a closed prompt means it is gone). */
export async function discardRecovery(studio: Studio): Promise<void> {
  try {
    await studio.host.discardRecovery();
    studio.view.setState({ dialog: null });
  } catch (err) {
    studio.showError('Could not discard the recovery copy', String(err));
  }
}
