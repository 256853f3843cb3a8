/**
 * The parameter sweeps of one studio (`studio.sweep`), for the sweep panel: the design's
 * variants are evaluated on a pool of module workers (worker/pool/browserPool.ts:
 * navigator.hardwareConcurrency workers, at most 4), made on the first run and dropped by
 * `terminate()` when the panel closes (the next run makes a new one, as a new panel did);
 * the rows export as CSV through the host.
 */
import { sweepCsv } from '../engine/sweep/sweepCsv';
import type { SweepParamName } from '../engine/sweep/sweepParams';
import {
  SweepCancelledError,
  type PoolProgress,
  type PoolSweep,
  type SweepPool,
} from '../engine/sweep/sweepPool';
import type { SweepRow } from '../engine/sweep/sweep';
import type { HostApi } from '../../../electron/ipc';
import { createBrowserSweepPool } from '../worker/pool/browserPool';

/** The parameters a sweep can vary, with their units and descriptions (engine/sweep). */
export { SWEEP_PARAMS, SWEEP_PARAM_NAMES } from '../engine/sweep/sweepParams';

/** A studio's sweeps: one run at a time. */
export interface SweepRunner {
  /** Workers a run uses (the pool is made on first use). */
  poolSize(): number;
  /** Evaluates every step; resolves with the rows in step order (rejects when cancelled). */
  run(sweep: PoolSweep, onProgress?: PoolProgress): Promise<SweepRow[]>;
  /** Stops the running sweep: its `run` rejects with an error `isSweepCancelled` accepts. */
  cancel(): void;
  /**
   * Ends the workers and drops the pool (a run in progress is abandoned, as when a panel
   * closed before); the next run starts a new pool.
   */
  terminate(): void;
}

/** A studio's sweep runner; no worker runs until the first sweep. */
export function createSweepRunner(
  createPool: () => SweepPool = createBrowserSweepPool,
): SweepRunner {
  let pool: SweepPool | undefined;
  const poolOf = () => (pool ??= createPool());
  return {
    poolSize: () => poolOf().size,
    run: (sweep, onProgress) => poolOf().run(sweep, onProgress),
    cancel: () => pool?.cancel(),
    terminate() {
      pool?.terminate();
      pool = undefined;
    },
  };
}

/** True when `error` is the rejection of a cancelled sweep. */
export function isSweepCancelled(error: unknown): boolean {
  return error instanceof SweepCancelledError;
}

/** Hands the sweep table to the host as `sweep-<param>.csv` (save dialog or download). */
export function exportSweepCsv(
  host: HostApi,
  param: SweepParamName,
  rows: readonly SweepRow[],
): Promise<unknown> {
  return host.exportFile(`sweep-${param}.csv`, sweepCsv(param, rows));
}
