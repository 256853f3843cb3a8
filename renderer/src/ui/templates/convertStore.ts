/**
 * Whether the Convert to architecture dialog is open, and the refusal it shows. View state
 * only (never saved, never undone); one store per window, like stackupStore.
 */
import { createStore } from 'zustand/vanilla';

/** What the convert store holds. */
export interface ConvertState {
  readonly isOpen: boolean;
  /** The last refusal of convertArchitecture ('' when none). */
  readonly error: string;
}

/** The window's convert store. */
export const convertStore = createStore<ConvertState>(() => ({ isOpen: false, error: '' }));
