/**
 * Entry of the studio's comparison worker: compares variants (engine/compare) off the main
 * thread (the open design's findings come from the analysis pipeline, worker/studioJob.ts). Each
 * request carries an id that its answer repeats.
 */
import { compareVariants } from '../../engine/compare/compareVariants';
import type { EvaluateRequest, EvaluateResponse } from './evaluateProtocol';

const scope = self as unknown as {
  postMessage(message: EvaluateResponse): void;
  onmessage: ((event: MessageEvent<EvaluateRequest>) => void) | null;
};

scope.onmessage = ({ data }) => {
  const library = new Map(data.parts.map((p) => [p.id, p]));
  try {
    const comparison = compareVariants(data.variants, library, {
      thermalPreset: data.thermalPreset,
    });
    scope.postMessage({ type: 'comparison', id: data.id, comparison });
  } catch (cause) {
    scope.postMessage({
      type: 'error',
      id: data.id,
      message: cause instanceof Error ? cause.message : String(cause),
    });
  }
};
