/**
 * Entry of the analysis worker: wires messages to the request handler and the handler to
 * the engine. Thin on purpose; the policy (newest revision only, slices, rising progress)
 * lives in analysisHandler.ts and is tested in Node.
 */
import { createAnalysisHandler } from './analysisHandler';
import { isAnalysisRequest } from './protocol';
import type { AnalysisResponse } from './protocol';
import { createStudioJobs, type StudioAnalysis, type StudioJobOptions } from './studioJob';
import { transferablesOf } from './studioResult';

/** The dedicated-worker global, typed by what this file uses (the DOM lib types `self` as Window). */
const scope = self as unknown as {
  postMessage(message: AnalysisResponse<StudioAnalysis>, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

// A message channel runs the next slice as a fresh task, after messages already queued,
// without the 4 ms clamp nested timers get.
const slices = new MessageChannel();
const pending: (() => void)[] = [];
slices.port1.onmessage = () => pending.shift()?.();

const options: StudioJobOptions = { thermalPreset: 'auto' };

const handler = createAnalysisHandler<StudioAnalysis>({
  startJob: createStudioJobs(options),
  configure: (request) => {
    options.thermalPreset = request.thermalPreset;
  },
  post: (message, transfer) => scope.postMessage(message, transfer ?? []),
  transferOf: transferablesOf,
  schedule: (task) => {
    pending.push(task);
    slices.port2.postMessage(null);
  },
  now: () => performance.now(),
  sliceMs: 8,
  // The progress bar reads well at 10 updates a second; more only loads the main thread.
  progressIntervalMs: 100,
});

scope.onmessage = (event) => {
  if (isAnalysisRequest(event.data)) handler.receive(event.data);
};
