/**
 * The CLI's sweep pool: node:worker_threads workers, each running the CLI bundle itself as a
 * sweep worker (sweepThread.ts). Threads need the built bundle (a .mjs/.js module); when the
 * CLI runs from its TypeScript sources (unit tests), `canUseThreads()` is false and the
 * sweep command evaluates in this thread.
 */
import { Worker } from 'node:worker_threads';
import { SweepPool, type PoolEndpoint } from '../../renderer/src/engine/sweep/sweepPool';
import type { SweepWorkerResponse } from '../../renderer/src/engine/sweep/sweepProtocol';
import { SWEEP_THREAD_MARK } from './sweepThread';

const SELF = new URL(import.meta.url);

/** True when this module is a built JavaScript file a worker thread can start. */
export function canUseThreads(): boolean {
  return SELF.protocol === 'file:' && /\.m?js$/.test(SELF.pathname);
}

function threadEndpoint(): PoolEndpoint {
  const worker = new Worker(SELF, { workerData: SWEEP_THREAD_MARK, execArgv: [] });
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onCrash) {
      worker.removeAllListeners('message').removeAllListeners('error');
      worker.on('message', (m: SweepWorkerResponse) => onMessage(m));
      worker.on('error', (e) => onCrash(e.message));
    },
    terminate: () => void worker.terminate(),
  };
}

/** A pool of `size` worker threads (terminate it when done, or the process stays up). */
export function createThreadPool(size: number): SweepPool {
  return new SweepPool(threadEndpoint, size);
}
