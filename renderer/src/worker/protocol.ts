/**
 * Messages between the studio (analysisClient) and the analysis worker.
 *
 * Every request and every response carries the document revision it is about, so the
 * client can drop anything older than its latest request and the worker can abandon a
 * solve as soon as a newer revision arrives (ENGINEERING.md, "Reliability conventions").
 * A revision travels as changes to the one the worker already holds (docChanges.ts), or
 * whole when the worker holds none or the changes are many; the cost of both on the
 * 2,000-component stress design is measured by tests/bench/workerMessage.mjs.
 */
import type { Design } from '../model/schema';
import type { Part } from '../model/partSchema';
import type { DocChange } from './docChanges';
import { isThermalPresetChoice, type ThermalPresetChoice } from './thermalPreset';

/** Studio → worker: analyse this revision of the document (replaces any older request). */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  /** Document revision, strictly increasing for the life of the client. */
  readonly revision: number;
  readonly doc: Design;
}

/** Studio → worker: analyse `revision`, given as changes to `baseRevision` (the worker's mirror). */
export interface AnalyzeChangesRequest {
  readonly type: 'analyze-changes';
  readonly baseRevision: number;
  readonly revision: number;
  readonly changes: readonly DocChange[];
}

/** Studio → worker: stop working on this revision and anything older. */
export interface CancelRequest {
  readonly type: 'cancel';
  readonly revision: number;
}

/** Studio → worker: the part library the analyses resolve `partId` against. */
export interface LibraryRequest {
  readonly type: 'library';
  readonly parts: readonly Part[];
}

/**
 * Studio → worker: analysis options chosen by the user. The worker keeps them for later
 * revisions and re-runs the revision it holds with them (results keep that revision).
 */
export interface OptionsRequest {
  readonly type: 'options';
  /** Mesh preset of the live thermal solve (thermalPreset.ts). */
  readonly thermalPreset: ThermalPresetChoice;
}

/**
 * Studio → worker: throw an uncaught error inside the worker (fault injection). The
 * end-to-end tests send it to prove that the client restarts a crashed worker.
 */
export interface FaultRequest {
  readonly type: 'fault';
}

/** Any message the worker accepts. */
export type AnalysisRequest =
  | AnalyzeRequest
  | AnalyzeChangesRequest
  | CancelRequest
  | LibraryRequest
  | OptionsRequest
  | FaultRequest;

/** Worker → studio: the fraction (0–1) of the solve for `revision` done; only ever rises. */
export interface ProgressResponse {
  readonly type: 'progress';
  readonly revision: number;
  readonly fraction: number;
}

/**
 * Worker → studio: the analysis of `revision`, whole or in parts (`isComplete` false while
 * later parts are still being computed; the client merges the parts of a revision).
 */
export interface ResultResponse<R> {
  readonly type: 'result';
  readonly revision: number;
  readonly result: R;
  readonly isComplete: boolean;
  /** Worker time spent on this revision, ms (sum of slices, without waits). */
  readonly solveMs: number;
}

/** Worker → studio: the analysis of `revision` failed; `message` is for the user. */
export interface ErrorResponse {
  readonly type: 'error';
  readonly revision: number;
  readonly message: string;
}

/**
 * Worker → studio: changes for `revision` did not apply to the worker's mirror (it holds
 * another revision, e.g. after a restart); send that revision whole.
 */
export interface ResyncResponse {
  readonly type: 'resync';
  readonly revision: number;
}

/** Any message the worker posts. */
export type AnalysisResponse<R> =
  ProgressResponse | ResultResponse<R> | ErrorResponse | ResyncResponse;

/** True when `value` looks like a request the worker understands (a guard at the boundary). */
export function isAnalysisRequest(value: unknown): value is AnalysisRequest {
  if (typeof value !== 'object' || value === null) return false;
  const msg = value as { type?: unknown; revision?: unknown; parts?: unknown };
  switch (msg.type) {
    case 'analyze':
    case 'cancel':
      return Number.isInteger(msg.revision);
    case 'analyze-changes':
      return (
        Number.isInteger(msg.revision) &&
        Number.isInteger((value as { baseRevision?: unknown }).baseRevision) &&
        Array.isArray((value as { changes?: unknown }).changes)
      );
    case 'library':
      return Array.isArray(msg.parts);
    case 'options':
      return isThermalPresetChoice((value as { thermalPreset?: unknown }).thermalPreset);
    case 'fault':
      return true;
    default:
      return false;
  }
}
