/**
 * The exports of one studio (`studio.exports`): runs each export in a fresh module worker
 * (worker/export/export.worker.ts) and resolves to its text; the worker is ended when it
 * answers. A small store says which export is running, for the menu's disabled state and
 * the status bar.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExportReply, ExportRequest } from '../worker/export/exportJob';

/** Which export is being built, if any. */
export interface ExportState {
  readonly busy: string | null;
}

/** A studio's exports: what is running, and how to run one. */
export interface ExportSession {
  readonly state: StoreApi<ExportState>;
  /** Builds `req` in a worker, `label` showing as busy meanwhile; resolves to its text. */
  run(req: ExportRequest, label: string): Promise<string>;
}

/** Builds `req` in a fresh export worker. */
function runExportJob(req: ExportRequest): Promise<string> {
  const worker = new Worker(new URL('../worker/export/export.worker.ts', import.meta.url), {
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

/** The exports of a new studio: none running. */
export function createExportSession(): ExportSession {
  const state = createStore<ExportState>(() => ({ busy: null }));
  return {
    state,
    async run(req, label) {
      state.setState({ busy: label });
      try {
        return await runExportJob(req);
      } finally {
        state.setState({ busy: null });
      }
    },
  };
}
