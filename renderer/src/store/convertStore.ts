/**
 * Whether the Convert to architecture dialog is open, and the refusal it shows. View state
 * only (never saved, never undone); one store per studio (`studio.convert`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the convert store holds. */
export interface ConvertState {
  readonly isOpen: boolean;
  /** The last refusal of convertArchitecture ('' when none). */
  readonly error: string;
}

/** The convert store of one studio. */
export type ConvertStore = StoreApi<ConvertState>;

/** A convert store with the dialog closed. */
export function createConvertStore(): ConvertStore {
  return createStore<ConvertState>(() => ({ isOpen: false, error: '' }));
}
