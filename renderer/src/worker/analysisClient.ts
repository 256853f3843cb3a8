/**
 * The studio's side of the analysis worker. It owns the Worker, sends every document
 * revision to it (as changes to the revision the worker holds when it can), keeps only
 * responses for the newest request, restarts a crashed worker and re-runs the newest
 * revision there, and writes what it learns into the analysis store.
 * The UI thread never runs the engine: the only work done here is posting messages.
 */
import type { Part } from '../model/partSchema';
import type { Design } from '../model/schema';
import type { AnalysisStateSink } from './analysisState';
import { diffDocuments } from './docChanges';
import type { AnalysisRequest, AnalysisResponse, OptionsRequest } from './protocol';

/** The part of the Worker API the client uses (a real Worker, or a test double). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** The client's controls. */
export interface AnalysisClient {
  /** Asks for the analysis of `doc` at `revision`; ignored unless newer than the last request. */
  analyze(revision: number, doc: Design): void;
  /**
   * Sets the analysis options (thermal mesh preset); the worker re-runs the newest revision
   * with them, and keeps them across a restart.
   */
  setOptions(options: Omit<OptionsRequest, 'type'>): void;
  /** Stops the running solve (the shown result stays, marked stale by the panel). */
  cancel(): void;
  /** Makes the worker throw an uncaught error, to exercise the restart (tests). */
  injectFault(): void;
  dispose(): void;
}

/** How a part of a result joins what the store holds: by default it replaces it. */
export type MergeResult<R> = (held: R | null, part: R) => R;

/** Merges results that arrive in parts (objects): later parts replace the same keys. */
export function mergeParts<R extends object>(held: R | null, part: R): R {
  return { ...held, ...part } as R;
}

function partsOf(result: unknown, revision: number): Record<string, number> {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return {};
  return Object.fromEntries(Object.keys(result).map((key) => [key, revision]));
}

/** Starts the module worker bundled from analysis.worker.ts. */
export function createAnalysisWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'lightpath-analysis',
  });
}

/** Creates the client, starts its worker and sends it the part library. */
export function createAnalysisClient<R>(
  store: AnalysisStateSink<R>,
  parts: readonly Part[],
  createWorker: () => WorkerLike = createAnalysisWorker,
  merge: MergeResult<R> = (_held, part) => part,
): AnalysisClient {
  let latest: { revision: number; doc: Design; isCancelled: boolean } | null = null;
  /** The document the current worker mirrors, with its revision; null for a fresh worker. */
  let sent: { revision: number; doc: Design } | null = null;
  let options: OptionsRequest | null = null;
  let worker: WorkerLike = start();

  function send(revision: number, doc: Design): void {
    const changes = sent ? diffDocuments(sent.doc, doc) : null;
    if (sent && changes) {
      worker.postMessage({
        type: 'analyze-changes',
        baseRevision: sent.revision,
        revision,
        changes,
      });
    } else {
      worker.postMessage({ type: 'analyze', revision, doc });
    }
    sent = { revision, doc };
  }

  function start(): WorkerLike {
    const w = createWorker();
    w.onmessage = (event) => receive(event.data as AnalysisResponse<R>);
    w.onerror = (event) => {
      event.preventDefault();
      restart();
    };
    w.onmessageerror = () => restart();
    w.postMessage({ type: 'library', parts });
    if (options) w.postMessage(options);
    return w;
  }

  function restart(): void {
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    sent = null;
    worker = start();
    store.setState((s) => ({ restarts: s.restarts + 1 }));
    if (latest && !latest.isCancelled) {
      store.setState({ progress: 0 });
      send(latest.revision, latest.doc);
    }
  }

  function receive(message: AnalysisResponse<R>): void {
    if (!latest || message.revision !== latest.revision) {
      store.setState((s) => ({ droppedStale: s.droppedStale + 1 }));
      return;
    }
    switch (message.type) {
      case 'progress':
        if (latest.isCancelled) return;
        store.setState((s) => ({ progress: Math.max(s.progress ?? 0, message.fraction) }));
        return;
      case 'result':
        store.setState((s) => ({
          resultsReceived: s.resultsReceived + (message.isComplete ? 1 : 0),
          result: merge(s.result, message.result),
          resultRevision: message.revision,
          partRevisions: { ...s.partRevisions, ...partsOf(message.result, message.revision) },
          solveMs: message.solveMs,
          progress: message.isComplete ? null : s.progress,
          error: null,
        }));
        return;
      case 'resync':
        sent = null;
        send(latest.revision, latest.doc);
        return;
      case 'error':
        store.setState({
          error: { revision: message.revision, message: message.message },
          progress: null,
        });
        return;
    }
  }

  return {
    analyze(revision, doc) {
      if (latest && revision <= latest.revision) return;
      latest = { revision, doc, isCancelled: false };
      store.setState({ requestedRevision: revision, progress: 0 });
      send(revision, doc);
    },
    setOptions(next) {
      options = { type: 'options', ...next };
      worker.postMessage(options);
      if (latest) {
        latest.isCancelled = false;
        store.setState({ progress: 0 });
      }
    },
    cancel() {
      if (!latest) return;
      latest.isCancelled = true;
      worker.postMessage({ type: 'cancel', revision: latest.revision });
      store.setState({ progress: null });
    },
    injectFault() {
      worker.postMessage({ type: 'fault' });
    },
    dispose() {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
    },
  };
}
