/**
 * The worker's request handler, free of Worker APIs so Node tests can drive it.
 *
 * Policy (ENGINEERING.md, "Reliability conventions"; STYLE.md §5):
 * - only the newest revision is ever solved; a request for a revision not newer than the
 *   last one seen is ignored, and a newer one abandons the running solve at once;
 * - the solve runs in slices of about `sliceMs`; between slices the event loop delivers
 *   new requests, which is where a stale solve is abandoned;
 * - progress for a revision only rises, and is posted at most once per slice and at most
 *   once per `progressIntervalMs` (0 and the end are always posted): every message costs
 *   the studio's main thread a store update and a render, which a drag cannot afford;
 * - an exception in the engine becomes an `error` response for that revision;
 * - an `options` request is handed to the host (`configure`) and re-runs the revision the
 *   handler mirrors, so the user's new choice applies at once; results keep that revision;
 * - it mirrors the last document it was sent, so a revision may come as changes to it; changes
 *   to a revision it does not hold get a `resync` reply asking for the whole document.
 */
import type { Part, PartLibrary } from '../model/partSchema';
import type { Design } from '../model/schema';
import type { AnalysisJob, StartJob } from './analysisJob';
import { applyDocChanges } from './docChanges';
import type { AnalysisRequest, AnalysisResponse, OptionsRequest } from './protocol';

/** What the handler needs from its host (the worker global, or a test). */
export interface HandlerHost<R> {
  readonly startJob: StartJob<R>;
  readonly post: (message: AnalysisResponse<R>, transfer?: Transferable[]) => void;
  /** Buffers of a result to move rather than copy when posting it. */
  readonly transferOf?: (result: R) => Transferable[];
  /** Runs `task` on a later turn of the event loop, after pending messages. */
  readonly schedule: (task: () => void) => void;
  /** Monotonic clock, ms. */
  readonly now: () => number;
  /** Takes the user's analysis options (read by `startJob` for later jobs). */
  readonly configure?: (options: OptionsRequest) => void;
  /** Length of one slice of work, ms; default 8. */
  readonly sliceMs?: number;
  /** Least time between two progress messages of a revision, ms; default 0 (every slice). */
  readonly progressIntervalMs?: number;
}

/** The handler's face towards the worker entry. */
export interface AnalysisHandler {
  receive(request: AnalysisRequest): void;
  /** Revision being solved, or null when idle. */
  readonly runningRevision: number | null;
}

interface Task<R> {
  readonly revision: number;
  readonly job: AnalysisJob<R>;
  lastFraction: number;
  /** When the last progress message was posted (host clock), ms. */
  lastProgressMs: number;
  solveMs: number;
}

/** Creates the handler; see the module comment for its policy. */
export function createAnalysisHandler<R>(host: HandlerHost<R>): AnalysisHandler {
  const sliceMs = host.sliceMs ?? 8;
  const progressIntervalMs = host.progressIntervalMs ?? 0;
  let library: PartLibrary = new Map();
  let latestRevision = -Infinity;
  let current: Task<R> | null = null;
  let isScheduled = false;
  let mirror: { revision: number; doc: Design } | null = null;

  function fail(revision: number, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    host.post({ type: 'error', revision, message });
  }

  function ensureScheduled(): void {
    if (isScheduled) return;
    isScheduled = true;
    host.schedule(runSlice);
  }

  function runSlice(): void {
    isScheduled = false;
    const task = current;
    if (!task) return;
    const start = host.now();
    try {
      do task.job.step();
      while (!task.job.isDone && host.now() - start < sliceMs);
    } catch (error) {
      current = null;
      fail(task.revision, error);
      return;
    }
    task.solveMs += host.now() - start;
    const update = task.job.takeUpdate?.();
    if (update !== undefined) postResult(task, update, false);
    if (task.job.isDone) {
      current = null;
      postProgress(task, 1);
      postResult(task, task.job.result, true);
      return;
    }
    postProgress(task, task.job.progress);
    ensureScheduled();
  }

  function postResult(task: Task<R>, result: R, isComplete: boolean): void {
    const message = {
      type: 'result' as const,
      revision: task.revision,
      result,
      isComplete,
      solveMs: task.solveMs,
    };
    host.post(message, host.transferOf?.(result) ?? []);
  }

  function postProgress(task: Task<R>, reported: number): void {
    const fraction = Number.isFinite(reported) ? Math.min(1, Math.max(0, reported)) : 0;
    if (fraction <= task.lastFraction) return;
    const now = host.now();
    if (fraction < 1 && now - task.lastProgressMs < progressIntervalMs) return;
    task.lastFraction = fraction;
    task.lastProgressMs = now;
    host.post({ type: 'progress', revision: task.revision, fraction });
  }

  function analyze(revision: number, start: () => AnalysisJob<R>): void {
    if (revision <= latestRevision) return;
    latestRevision = revision;
    run(revision, start);
  }

  function run(revision: number, start: () => AnalysisJob<R>): void {
    current = null;
    let job: AnalysisJob<R>;
    try {
      job = start();
    } catch (error) {
      fail(revision, error);
      return;
    }
    current = { revision, job, lastFraction: 0, lastProgressMs: host.now(), solveMs: 0 };
    host.post({ type: 'progress', revision, fraction: 0 });
    ensureScheduled();
  }

  return {
    receive(request) {
      switch (request.type) {
        case 'library':
          library = new Map(request.parts.map((p: Part) => [p.id, p]));
          return;
        case 'analyze':
          if (request.revision <= latestRevision) return;
          mirror = { revision: request.revision, doc: request.doc };
          analyze(request.revision, () => host.startJob(request.doc, library));
          return;
        case 'analyze-changes': {
          if (request.revision <= latestRevision) return;
          if (mirror?.revision !== request.baseRevision) {
            host.post({ type: 'resync', revision: request.revision });
            return;
          }
          const doc = applyDocChanges(mirror.doc, request.changes);
          mirror = { revision: request.revision, doc };
          analyze(request.revision, () => host.startJob(doc, library));
          return;
        }
        case 'options': {
          host.configure?.(request);
          const held = mirror;
          if (held) run(held.revision, () => host.startJob(held.doc, library));
          return;
        }
        case 'cancel':
          if (current && current.revision <= request.revision) current = null;
          return;
        case 'fault':
          throw new Error('fault injected by request');
      }
    },
    get runningRevision() {
      return current?.revision ?? null;
    },
  };
}
