/**
 * The studio's sweep pool: navigator.hardwareConcurrency module workers (at most 4), each
 * running sweep.worker.ts.
 */
import { poolSizeFor, SweepPool, type PoolEndpoint } from '../../engine/sweep/sweepPool';
import type { SweepWorkerResponse } from '../../engine/sweep/sweepProtocol';

function browserEndpoint(): PoolEndpoint {
  const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), {
    type: 'module',
    name: 'lightpath-sweep',
  });
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onCrash) {
      worker.onmessage = (event: MessageEvent<SweepWorkerResponse>) => onMessage(event.data);
      worker.onerror = (event) => onCrash(event.message || 'worker error');
    },
    terminate: () => worker.terminate(),
  };
}

/** A pool sized for this machine. */
export function createBrowserSweepPool(): SweepPool {
  return new SweepPool(browserEndpoint, poolSizeFor(navigator.hardwareConcurrency));
}
