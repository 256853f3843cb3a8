/**
 * The Electron host adapter: the preload exposes the HostApi as `window.lightpath`
 * (electron/preload, one named function per operation).
 */
import type { HostApi } from '../../../electron/ipc';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser tab. */
    readonly lightpath?: HostApi;
  }
}

/** The preload's host, or null when not running under Electron. */
export function electronHost(win: Window = window): HostApi | null {
  return win.lightpath ?? null;
}
