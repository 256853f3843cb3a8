/**
 * What the Stack-up panel shows: whether it is open, the carrier and layer it edits (when no
 * carrier is selected in the viewport) and whether the add-carrier dialog is open. View state
 * only (never saved, never undone); one store per studio (`studio.stackup`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the stack-up store holds. */
export interface StackupState {
  readonly isOpen: boolean;
  /** Carrier picked in the panel; null: the selected carrier, else the first mounted one. */
  readonly carrierId: string | null;
  /** Layer whose regions the sub-table lists (0 = bottom); null: none picked. */
  readonly layerIndex: number | null;
  /** The add-carrier dialog is open. */
  readonly isAddOpen: boolean;
}

/** The stack-up store of one studio. */
export type StackupStore = StoreApi<StackupState>;

/** A stack-up store with the panel closed and nothing picked. */
export function createStackupStore(): StackupStore {
  return createStore<StackupState>(() => ({
    isOpen: false,
    carrierId: null,
    layerIndex: null,
    isAddOpen: false,
  }));
}

/** Opens or closes the panel. */
export function toggleStackup(stackup: StackupStore): void {
  stackup.setState((s) => ({ isOpen: !s.isOpen }));
}
