/**
 * A sweep worker thread. The built CLI is one module (out/cli/lightpath.mjs); the pool
 * starts that same module in a worker thread with `workerData` set to SWEEP_THREAD_MARK,
 * and this file's top level then answers the pool with the shared sweep handler
 * (renderer/src/worker/pool/sweepHandler.ts). In the main thread it does nothing.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createSweepHandler } from '../../renderer/src/engine/sweep/sweepHandler';
import type { SweepWorkerRequest } from '../../renderer/src/engine/sweep/sweepProtocol';

/** The `workerData` that makes a thread a sweep worker. */
export const SWEEP_THREAD_MARK = 'lightpath-sweep-thread';

const port = parentPort;
if (!isMainThread && port && workerData === SWEEP_THREAD_MARK) {
  const handle = createSweepHandler();
  port.on('message', (request: SweepWorkerRequest) => {
    const answer = handle(request);
    if (answer) port.postMessage(answer);
  });
}
