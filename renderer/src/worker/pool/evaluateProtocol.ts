/**
 * Messages of the studio's evaluation worker (evaluate.worker.ts) and a promise-based
 * client for it (one worker, requests answered in order).
 */
import type { Comparison, Variant } from '../../engine/compare/compareVariants';
import type { MeshPreset } from '../../engine/thermal/types';
import type { Part } from '../../model/partSchema';

/** Studio → worker. */
export type EvaluateRequest = {
  readonly type: 'compare';
  readonly id: number;
  readonly variants: readonly Variant[];
  readonly parts: readonly Part[];
  readonly thermalPreset: MeshPreset['name'] | null;
};

/** Worker → studio. */
export type EvaluateResponse =
  | { readonly type: 'comparison'; readonly id: number; readonly comparison: Comparison }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
