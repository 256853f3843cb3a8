/**
 * Whether the Cooling panel is open: view state of one studio (never saved, never undone),
 * one small store per studio (`studio.cooling`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the panel's store holds. */
export interface CoolingPanelState {
  readonly isOpen: boolean;
}

/** The Cooling panel's store of one studio. */
export type CoolingPanelStore = StoreApi<CoolingPanelState>;

/** A Cooling panel store with the panel closed. */
export function createCoolingPanelStore(): CoolingPanelStore {
  return createStore<CoolingPanelState>(() => ({ isOpen: false }));
}

/** Opens the panel, or closes it when open. */
export function toggleCoolingPanel(cooling: CoolingPanelStore): void {
  cooling.setState((s) => ({ isOpen: !s.isOpen }));
}
