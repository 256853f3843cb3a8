/**
 * Menu actions from the main process, held until the renderer subscribes: an action sent
 * while the page is still starting (a design the OS asked to open, say) is delivered to the
 * first subscriber instead of being lost.
 */
import type { IpcRenderer } from 'electron';
import { MENU_ACTION_CHANNEL } from '../ipc';

/** At most this many actions wait for a subscriber; later ones are dropped. */
export const MAX_PENDING_MENU_ACTIONS = 16;

export type MenuActionListener = (actionId: string) => void;

/** Subscribes to menu actions; returns the unsubscribe. */
export type SubscribeToMenuActions = (listener: MenuActionListener) => () => void;

/** Listens on MENU_ACTION_CHANNEL at once and fans string actions out to subscribers. */
export function createMenuActions(ipc: Pick<IpcRenderer, 'on'>): SubscribeToMenuActions {
  const listeners = new Set<MenuActionListener>();
  let pending: string[] = [];

  function deliver(actionId: string): void {
    if (listeners.size === 0) {
      if (pending.length < MAX_PENDING_MENU_ACTIONS) pending.push(actionId);
      return;
    }
    for (const listener of [...listeners]) listener(actionId);
  }

  ipc.on(MENU_ACTION_CHANNEL, (_event, actionId: unknown) => {
    if (typeof actionId === 'string') deliver(actionId);
  });

  return (listener) => {
    listeners.add(listener);
    if (pending.length > 0) {
      const queued = pending;
      pending = [];
      // After the subscribing call returns, to whoever is subscribed then (React may re-subscribe).
      queueMicrotask(() => queued.forEach(deliver));
    }
    return () => {
      listeners.delete(listener);
    };
  };
}
