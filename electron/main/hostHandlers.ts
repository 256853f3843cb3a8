/**
 * Every operation of the host contract, assembled from the modules that implement them.
 */
import type { WebContents } from 'electron';
import type { HostHandlers } from './handleIpc';
import { createDocumentHandlers, type DocumentHandlerDeps } from './modules/documentHandlers';
import type { RecoveryStore } from './modules/recovery';

export interface HostHandlerDeps extends DocumentHandlerDeps {
  readonly recovery: RecoveryStore;
  /** Title and unsaved marker of the sender's window (the close guard keeps the marker). */
  readonly setWindowState: (
    sender: WebContents,
    state: { title: string; isDirty: boolean },
  ) => void;
}

/** The handler table `registerHostHandlers` serves. */
export function createHostHandlers(deps: HostHandlerDeps): HostHandlers {
  return {
    ...createDocumentHandlers(deps),
    writeRecovery: (_context, text) => deps.recovery.write(text),
    readRecovery: () => deps.recovery.read(),
    discardRecovery: () => deps.recovery.discard(),
    setWindowState: async ({ sender }, state) => deps.setWindowState(sender, state),
  };
}
