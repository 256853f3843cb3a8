/**
 * Runs one export in a fresh module worker and resolves to its text; the worker is ended
 * when it answers. A small store says which export is running, for the menu's disabled
 * state and the status bar.
 */
import { createStore } from 'zustand/vanilla';
import type { ExportReply, ExportRequest } from './exportJob';

/** Which export is being built, if any. */
export interface ExportState {
  readonly busy: string | null;
}

/** The one export state of the studio window. */
export const exportState = createStore<ExportState>(() => ({ busy: null }));

/** Builds `req` in a worker. */
export function runExportJob(req: ExportRequest): Promise<string> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'lightpath-export',
  });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExportReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.text);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the export worker failed'));
    };
    worker.postMessage(req);
  });
}
