/**
 * Messages between a sweep pool (sweepPool.ts) and each of its workers (the studio's module
 * workers, the CLI's worker threads). A worker is given the base design once per sweep
 * ('sweep-setup'), then one step at a time ('sweep-step'); it answers every step with its row
 * or the error that stopped it. Steps carry the sweep id so a late answer of a cancelled
 * sweep is recognised and dropped.
 */
import type { Part } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { MeshPreset } from '../thermal/types';
import type { SweepRow } from './sweep';
import type { SweepParamName } from './sweepParams';

/** Pool → worker: the design, parts and parameter of sweep `sweepId`. */
export interface SweepSetupMessage {
  readonly type: 'sweep-setup';
  readonly sweepId: number;
  readonly doc: Design;
  readonly parts: readonly Part[];
  readonly param: SweepParamName;
  /** Mesh preset of the thermal solve; null skips it. */
  readonly thermalPreset: MeshPreset['name'] | null;
}

/** Pool → worker: evaluate step `index` at `value`. */
export interface SweepStepMessage {
  readonly type: 'sweep-step';
  readonly sweepId: number;
  readonly index: number;
  readonly value: number;
}

/** Any message a sweep worker accepts. */
export type SweepWorkerRequest = SweepSetupMessage | SweepStepMessage;

/** Worker → pool: one evaluated step, or why it could not be. */
export type SweepWorkerResponse =
  | { readonly type: 'sweep-row'; readonly sweepId: number; readonly row: SweepRow }
  | {
      readonly type: 'sweep-error';
      readonly sweepId: number;
      readonly index: number;
      readonly message: string;
    };
