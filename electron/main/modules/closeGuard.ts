/**
 * Asks before a window with unsaved changes closes: Save / Discard / Cancel. The renderer
 * reports dirtiness through setWindowState. "Save" sends "file.saveAndClose" to the renderer;
 * the window closes once a save succeeded and the renderer reports the document clean.
 */
import type { BrowserWindow } from 'electron';

export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The menu action the renderer answers by saving (and which lets the window close after). */
export const SAVE_AND_CLOSE_ACTION = 'file.saveAndClose';

export interface CloseGuardDeps {
  /** Shows the native Save / Discard / Cancel dialog for `window`. */
  ask(window: BrowserWindow): Promise<CloseChoice>;
  sendMenuAction(window: BrowserWindow, actionId: string): void;
  /** Drops the autosaved recovery copy once the work is saved or discarded on close. */
  dropRecovery(): Promise<void>;
}

export interface CloseGuard {
  /** Starts guarding `window`'s close. */
  attach(window: BrowserWindow): void;
  /** Title and unsaved marker from the renderer. */
  setState(window: BrowserWindow, state: { title: string; isDirty: boolean }): void;
  /** A save from `window` finished (`wasSaved` false when the user cancelled its dialog). */
  noteSave(window: BrowserWindow, wasSaved: boolean): void;
}

interface WindowCloseState {
  isDirty: boolean;
  isAsking: boolean;
  mayClose: boolean;
  phase: 'idle' | 'awaitingSave' | 'saved';
}

/** A guard for any number of windows. */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  const states = new WeakMap<BrowserWindow, WindowCloseState>();
  function stateOf(window: BrowserWindow): WindowCloseState {
    let state = states.get(window);
    if (!state) {
      state = { isDirty: false, isAsking: false, mayClose: false, phase: 'idle' };
      states.set(window, state);
    }
    return state;
  }
  function closeNow(window: BrowserWindow): void {
    stateOf(window).mayClose = true;
    window.close();
  }
  async function askAndAct(window: BrowserWindow, state: WindowCloseState): Promise<void> {
    state.isAsking = true;
    const choice = await deps.ask(window).finally(() => (state.isAsking = false));
    if (choice === 'discard') {
      await deps.dropRecovery().catch(() => undefined);
      closeNow(window);
    } else if (choice === 'save') {
      state.phase = 'awaitingSave';
      deps.sendMenuAction(window, SAVE_AND_CLOSE_ACTION);
    }
  }
  return {
    attach(window) {
      window.on('close', (event) => {
        const state = stateOf(window);
        if (state.mayClose || !state.isDirty) return;
        event.preventDefault();
        if (!state.isAsking) void askAndAct(window, state);
      });
    },
    setState(window, { title, isDirty }) {
      const state = stateOf(window);
      state.isDirty = isDirty;
      window.setTitle(title);
      if (process.platform === 'darwin') window.setDocumentEdited(isDirty);
      if (!isDirty && state.phase === 'saved') {
        state.phase = 'idle';
        void deps
          .dropRecovery()
          .catch(() => undefined)
          .then(() => closeNow(window));
      }
    },
    noteSave(window, wasSaved) {
      const state = stateOf(window);
      if (state.phase === 'idle') return;
      state.phase = wasSaved ? 'saved' : 'idle';
    },
  };
}
