/**
 * A promise-based client of the evaluation worker: one lazily started module worker per
 * client; every request resolves with its own answer (matched by id) or rejects with the
 * error. The studio makes one per window (store/compareRunner.ts).
 */
import type { Comparison, Variant } from '../../engine/compare/compareVariants';
import type { MeshPreset } from '../../engine/thermal/types';
import type { PartLibrary } from '../../model/partSchema';
import type { EvaluateRequest, EvaluateResponse } from './evaluateProtocol';

/** The evaluation worker as the studio calls it. */
export interface EvaluateClient {
  /** Compares 2–6 variants in the worker. */
  compare(
    variants: readonly Variant[],
    library: PartLibrary,
    thermalPreset: MeshPreset['name'] | null,
  ): Promise<Comparison>;
}

/** A client whose worker starts with its first request. */
export function createEvaluateClient(): EvaluateClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve(r: EvaluateResponse): void; reject(e: Error): void }>();

  function send(request: EvaluateRequest): Promise<EvaluateResponse> {
    if (!worker) {
      worker = new Worker(new URL('./evaluate.worker.ts', import.meta.url), {
        type: 'module',
        name: 'lightpath-evaluate',
      });
      worker.onmessage = ({ data }: MessageEvent<EvaluateResponse>) => {
        const entry = waiting.get(data.id);
        waiting.delete(data.id);
        if (data.type === 'error') entry?.reject(new Error(data.message));
        else entry?.resolve(data);
      };
      worker.onerror = (event) => {
        for (const entry of waiting.values())
          entry.reject(new Error(event.message || 'worker error'));
        waiting.clear();
        worker?.terminate();
        worker = undefined;
      };
    }
    return new Promise((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      worker!.postMessage(request);
    });
  }

  return {
    async compare(variants, library, thermalPreset) {
      const parts = [...library.values()];
      const answer = await send({ type: 'compare', id: nextId++, variants, parts, thermalPreset });
      if (answer.type !== 'comparison') throw new Error('unexpected answer');
      return answer.comparison;
    },
  };
}
