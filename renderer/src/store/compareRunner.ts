/**
 * The architecture comparisons of one studio (`studio.compare`), for the compare view: the
 * picked designs are loaded (loadVariants.ts) and compared in the studio's evaluation worker
 * (worker/pool/evaluateClient.ts, started with the first comparison).
 */
import type { Comparison } from '../engine/compare/compareVariants';
import type { MeshPreset } from '../engine/thermal/types';
import type { PartLibrary } from '../model/partSchema';
import type { Design } from '../model/schema';
import { createEvaluateClient, type EvaluateClient } from '../worker/pool/evaluateClient';
import { loadVariants } from './loadVariants';

/** A studio's comparisons. */
export interface CompareRunner {
  /**
   * Compares the designs `ids` names, in that order (loadVariants.ts: examples, the open
   * design `openDoc`, files the user `added`), with the thermal solve on `thermalPreset`.
   */
  run(
    ids: readonly string[],
    openDoc: Design,
    library: PartLibrary,
    added: ReadonlyMap<string, Design>,
    thermalPreset: MeshPreset['name'] | null,
  ): Promise<Comparison>;
}

/** A studio's comparison runner; its worker starts with the first comparison. */
export function createCompareRunner(
  client: EvaluateClient = createEvaluateClient(),
): CompareRunner {
  return {
    async run(ids, openDoc, library, added, thermalPreset) {
      const variants = await loadVariants(ids, openDoc, library, added);
      return client.compare(variants, library, thermalPreset);
    },
  };
}
