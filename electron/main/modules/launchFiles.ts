/**
 * Designs the operating system asks the studio to open: a double-clicked `.lightpath.json`
 * (file association), a path on the command line, or macOS's open-file event. Each becomes a
 * handle and reaches the renderer as the menu action "file.openRecent:<handle>", so the renderer
 * opens it the usual way (and still never sees the path).
 */
import { resolve } from 'node:path';
import type { DocumentHandles } from './documentHandles';
import { DOCUMENT_EXTENSION } from './fileDialogs';

/** The design files among command-line arguments, resolved against `workingDir`. */
export function designPathsFromArgv(argv: readonly string[], workingDir: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(DOCUMENT_EXTENSION))
    .map((arg) => resolve(workingDir, arg));
}

export interface LaunchFiles {
  /** Remembers designs to open; delivers them at once when the renderer is ready. */
  request(filePaths: readonly string[]): void;
  /** The renderer has loaded: deliver what is waiting, and anything later, through `send`. */
  rendererReady(send: (actionId: string) => void): void;
}

/** A queue of designs to open, turned into handles from `handles`. */
export function createLaunchFiles(handles: DocumentHandles): LaunchFiles {
  let waiting: string[] = [];
  let send: ((actionId: string) => void) | undefined;
  function flush(): void {
    if (!send) return;
    for (const filePath of waiting) send(`file.openRecent:${handles.issue(filePath)}`);
    waiting = [];
  }
  return {
    request(filePaths) {
      waiting.push(...filePaths);
      flush();
    },
    rendererReady(sendAction) {
      send = sendAction;
      flush();
    },
  };
}
