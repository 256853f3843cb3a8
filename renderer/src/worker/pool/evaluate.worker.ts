/**
 * Entry of the studio's evaluation worker: compares variants (engine/compare) and evaluates
 * the open design for the findings and serviceability panels, off the main thread. Each
 * request carries an id that its answer repeats.
 */
import { compareVariants } from '../../engine/compare/compareVariants';
import { evaluateDesign } from '../../engine/compare/evaluateDesign';
import type { EvaluateRequest, EvaluateResponse } from './evaluateProtocol';

const scope = self as unknown as {
  postMessage(message: EvaluateResponse): void;
  onmessage: ((event: MessageEvent<EvaluateRequest>) => void) | null;
};

scope.onmessage = ({ data }) => {
  const library = new Map(data.parts.map((p) => [p.id, p]));
  try {
    if (data.type === 'compare') {
      const comparison = compareVariants(data.variants, library, {
        thermalPreset: data.thermalPreset,
      });
      scope.postMessage({ type: 'comparison', id: data.id, comparison });
    } else {
      const e = evaluateDesign(data.doc, library, { thermalPreset: data.thermalPreset });
      scope.postMessage({
        type: 'evaluation',
        id: data.id,
        service: e.service,
        findings: e.findings,
      });
    }
  } catch (cause) {
    scope.postMessage({
      type: 'error',
      id: data.id,
      message: cause instanceof Error ? cause.message : String(cause),
    });
  }
};
