/**
 * Entry of a studio sweep worker (module worker): posts the answers of sweepHandler.ts.
 */
import { createSweepHandler } from '../../engine/sweep/sweepHandler';
import type { SweepWorkerRequest, SweepWorkerResponse } from '../../engine/sweep/sweepProtocol';

/** The dedicated-worker global, typed by what this file uses. */
const scope = self as unknown as {
  postMessage(message: SweepWorkerResponse): void;
  onmessage: ((event: MessageEvent<SweepWorkerRequest>) => void) | null;
};

const handle = createSweepHandler();
scope.onmessage = (event) => {
  const answer = handle(event.data);
  if (answer) scope.postMessage(answer);
};
