/**
 * The document store: the open design with its undo history (model/history.ts: the
 * document, its revision counter, undo/redo patches, gestures, saved mark) and the file it
 * came from. Plain zustand (no React); components read it through selectors and change the
 * document only through the functions returned by `createDocumentStore`.
 *
 * Revision: bumped on every change of the document, gesture previews included, so the
 * scene and the analysis worker can tag what they show. It keeps counting across opens.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Command } from '../model/commands/command';
import * as history from '../model/history';
import type { Design } from '../model/schema';

/** What the document store holds. */
export interface DocumentState {
  readonly history: history.HistoryState;
  /** The open document (same as `history.doc`). */
  readonly doc: Design;
  /** Document revision (never goes back, also across opened files). */
  readonly revision: number;
  /** True when there are changes not yet saved. */
  readonly isDirty: boolean;
  /** Host handle of the file behind the document; null for a design never saved. */
  readonly handle: string | null;
  /** File name shown in the title bar, e.g. "switch-cpo-a.lightpath.json". */
  readonly fileName: string;
  /** Message of the last command that did not apply, e.g. for the status bar. */
  readonly lastCommandError: string;
}

/** The store plus the only ways to change the document. */
export interface DocumentStore {
  readonly store: StoreApi<DocumentState>;
  /** Runs a command as one undo step (or as part of the open gesture); false if it failed. */
  runCommand<P>(command: Command<P>): boolean;
  /** Opens a gesture: commands until commitGesture become one undo step. */
  beginGesture(label: string): void;
  commitGesture(): void;
  /** Reverts the gesture's commands, leaving no history trace. */
  cancelGesture(): void;
  undo(): boolean;
  redo(): boolean;
  /** Replaces the open document (open, new, recover) with a fresh history. */
  replaceDocument(
    doc: Design,
    file: { handle: string | null; fileName: string; isDirty: boolean },
  ): void;
  /** Marks the present document as saved under `handle` / `fileName`. */
  markSaved(handle: string, fileName: string): void;
}

/** Creates a store around an initial document. */
export function createDocumentStore(doc: Design, fileName: string): DocumentStore {
  let revisionBase = 0;
  // A recovered document is dirty although its fresh history has nothing to undo.
  let forcedDirty = false;

  function derive(h: history.HistoryState) {
    return {
      history: h,
      doc: h.doc,
      revision: revisionBase + h.revision,
      isDirty: forcedDirty || history.isDirty(h),
    };
  }

  const store = createStore<DocumentState>(() => ({
    ...derive(history.createHistory(doc)),
    handle: null,
    fileName,
    lastCommandError: '',
  }));

  function update(next: history.HistoryState): boolean {
    const before = store.getState().history;
    if (next === before) return false;
    store.setState(derive(next));
    return true;
  }

  return {
    store,
    runCommand(command) {
      try {
        // A command's recipe only ever receives its own params, so widening P is safe.
        update(history.execute(store.getState().history, command as unknown as Command<unknown>));
        store.setState({ lastCommandError: '' });
        return true;
      } catch (err) {
        store.setState({ lastCommandError: err instanceof Error ? err.message : String(err) });
        return false;
      }
    },
    beginGesture(label) {
      update(history.beginGesture(store.getState().history, label));
    },
    commitGesture() {
      update(history.commitGesture(store.getState().history));
    },
    cancelGesture() {
      update(history.cancelGesture(store.getState().history));
    },
    undo() {
      const h = store.getState().history;
      return history.canUndo(h) && update(history.undo(h));
    },
    redo() {
      const h = store.getState().history;
      return history.canRedo(h) && update(history.redo(h));
    },
    replaceDocument(next, file) {
      revisionBase = store.getState().revision + 1;
      forcedDirty = file.isDirty;
      store.setState({
        ...derive(history.createHistory(next)),
        handle: file.handle,
        fileName: file.fileName,
        lastCommandError: '',
      });
    },
    markSaved(handle, fileName) {
      forcedDirty = false;
      store.setState((s) => ({ ...derive(history.markSaved(s.history)), handle, fileName }));
    },
  };
}
