/**
 * View state that is never saved in the document and never undone: the selection, the
 * camera request, the cursor position over the carrier and which panels and dialogs show.
 * Changing it does not bump the document revision and never clears redo.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Named camera views. */
export type CameraPreset = 'top' | 'front' | 'side' | 'iso';

/** A dialog the studio is showing, if any. */
export type OpenDialog =
  | { readonly kind: 'load-error'; readonly title: string; readonly message: string }
  | { readonly kind: 'recovery'; readonly savedAt: string; readonly text: string }
  | { readonly kind: 'templates' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'about' }
  | {
      readonly kind: 'confirm';
      readonly title: string;
      readonly message: string;
      readonly confirmLabel: string;
      /** Called once with the user's answer. */
      readonly answer: (isConfirmed: boolean) => void;
    }
  | null;

/** What the view store holds. */
export interface ViewState {
  /** Selected ids (components, carriers or links), in click order. */
  readonly selection: readonly string[];
  /** Latest camera request; `nonce` changes so the same preset can be asked twice. */
  readonly camera: { readonly preset: CameraPreset; readonly nonce: number };
  /** Cursor over the carrier in global mm; null when the pointer is elsewhere. */
  readonly cursorMm: { readonly x: number; readonly y: number } | null;
  readonly panels: {
    readonly outline: boolean;
    readonly inspector: boolean;
    readonly metrics: boolean;
  };
  readonly dialog: OpenDialog;
  /** Short transient message in the status bar, e.g. "Saved". */
  readonly notice: string;
}

/** Creates the view store with everything visible and nothing selected. */
export function createViewStore(): StoreApi<ViewState> {
  return createStore<ViewState>(() => ({
    selection: [],
    camera: { preset: 'iso', nonce: 0 },
    cursorMm: null,
    panels: { outline: true, inspector: true, metrics: true },
    dialog: null,
    notice: '',
  }));
}

/** Asks the viewport to move to a preset view. */
export function requestCamera(view: StoreApi<ViewState>, preset: CameraPreset): void {
  view.setState((s) => ({ camera: { preset, nonce: s.camera.nonce + 1 } }));
}

/** Replaces the selection; unknown ids are kept out by the caller. */
export function setSelection(view: StoreApi<ViewState>, ids: readonly string[]): void {
  view.setState({ selection: [...new Set(ids)] });
}
