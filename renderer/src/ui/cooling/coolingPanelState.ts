/**
 * Whether the Cooling panel is open: view state of one studio (never saved, never undone),
 * one small store per studio session.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Studio } from '../../store/studio';

/** What the panel's store holds. */
export interface CoolingPanelState {
  readonly isOpen: boolean;
}

const stores = new WeakMap<Studio, StoreApi<CoolingPanelState>>();

/** The Cooling panel's store of `studio`. */
export function coolingPanel(studio: Studio): StoreApi<CoolingPanelState> {
  let store = stores.get(studio);
  if (!store) {
    store = createStore<CoolingPanelState>(() => ({ isOpen: false }));
    stores.set(studio, store);
  }
  return store;
}

/** Opens the panel, or closes it when open. */
export function toggleCoolingPanel(studio: Studio): void {
  coolingPanel(studio).setState((s) => ({ isOpen: !s.isOpen }));
}
