/**
 * The body of a sweep worker, free of any worker API so Node tests can drive it: keeps the
 * setup of the current sweep and answers each step with `evaluateSweepStep`, the same call a
 * single-threaded sweep makes, so pooled rows equal rows computed one by one.
 */
import type { PartLibrary } from '../../model/partSchema';
import { evaluateSweepStep } from './sweep';
import type { SweepSetupMessage, SweepWorkerRequest, SweepWorkerResponse } from './sweepProtocol';

/** Handles one request; returns the answer to post, or null (setup needs none). */
export type SweepHandler = (request: SweepWorkerRequest) => SweepWorkerResponse | null;

/** A fresh handler with no sweep set up. */
export function createSweepHandler(): SweepHandler {
  let setup: SweepSetupMessage | undefined;
  let library: PartLibrary = new Map();
  return (request) => {
    if (request.type === 'sweep-setup') {
      setup = request;
      library = new Map(request.parts.map((p) => [p.id, p]));
      return null;
    }
    if (!setup || setup.sweepId !== request.sweepId)
      return {
        type: 'sweep-error',
        sweepId: request.sweepId,
        index: request.index,
        message: `sweep ${request.sweepId} was not set up in this worker`,
      };
    try {
      const row = evaluateSweepStep(setup.doc, library, setup.param, request.index, request.value, {
        thermalPreset: setup.thermalPreset,
      });
      return { type: 'sweep-row', sweepId: request.sweepId, row };
    } catch (cause) {
      return {
        type: 'sweep-error',
        sweepId: request.sweepId,
        index: request.index,
        message: cause instanceof Error ? cause.message : String(cause),
      };
    }
  };
}
