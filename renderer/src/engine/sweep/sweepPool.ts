/**
 * A pool of sweep workers: hands the steps of a sweep out one at a time to the first free
 * worker, reports progress as rows come back, and resolves with the rows in step order.
 * Cancel terminates the workers at once (a step is one synchronous engine call, so there is
 * no earlier point to stop it) and rejects the run; the next run starts fresh workers.
 * The pool knows workers only as endpoints, so the studio (module workers) and the CLI
 * (worker threads, electron/cli/sweepPool.ts) share it.
 */
import type { Part } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { SweepRow, SweepSpec } from './sweep';
import { sweepValues } from './sweep';
import type { MeshPreset } from '../thermal/types';
import type { SweepWorkerRequest, SweepWorkerResponse } from './sweepProtocol';

/** One worker as the pool sees it. */
export interface PoolEndpoint {
  post(message: SweepWorkerRequest): void;
  /** Registers the listener for the worker's answers and for its crash. */
  listen(onMessage: (m: SweepWorkerResponse) => void, onCrash: (message: string) => void): void;
  terminate(): void;
}

/** A run stopped by `cancel()`. */
export class SweepCancelledError extends Error {
  override readonly name = 'SweepCancelledError';
}

/** What to sweep. */
export interface PoolSweep {
  readonly doc: Design;
  readonly parts: readonly Part[];
  readonly spec: SweepSpec;
  readonly thermalPreset: MeshPreset['name'] | null;
}

/** Called after each row: rows done, total, the row. */
export type PoolProgress = (done: number, total: number, row: SweepRow) => void;

/** Largest pool the studio starts (issue 5: navigator.hardwareConcurrency, capped at 4). */
export const MAX_POOL_SIZE = 4;

/** Workers for a machine with `cores` logical cores: 1 … MAX_POOL_SIZE. */
export function poolSizeFor(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_POOL_SIZE, Math.floor(cores ?? 1)));
}

/** Runs sweeps on `size` workers made by `create`. One run at a time. */
export class SweepPool {
  private workers: PoolEndpoint[] = [];
  private sweepId = 0;
  private stop: ((error: Error) => void) | undefined;

  constructor(
    private readonly create: () => PoolEndpoint,
    readonly size: number,
  ) {}

  /** Evaluates every step; resolves with the rows in step order. */
  run(sweep: PoolSweep, onProgress?: PoolProgress): Promise<SweepRow[]> {
    if (this.stop) return Promise.reject(new Error('a sweep is already running in this pool'));
    const values = sweepValues(sweep.spec.from, sweep.spec.to, sweep.spec.steps);
    const sweepId = ++this.sweepId;
    const count = Math.min(this.size, values.length);
    while (this.workers.length < count) this.workers.push(this.create());
    const workers = this.workers.slice(0, count);
    return new Promise<SweepRow[]>((resolve, reject) => {
      const rows: SweepRow[] = [];
      let next = 0;
      const finish = (error?: Error) => {
        this.stop = undefined;
        if (error) reject(error);
        else resolve(rows.sort((a, b) => a.index - b.index));
      };
      this.stop = finish;
      const feed = (worker: PoolEndpoint) => {
        if (next >= values.length) return;
        const index = next++;
        worker.post({ type: 'sweep-step', sweepId, index, value: values[index] as number });
      };
      for (const worker of workers) {
        worker.listen(
          (m) => {
            if (m.sweepId !== sweepId || this.stop !== finish) return;
            if (m.type === 'sweep-error') {
              finish(new Error(`step ${m.index} (${values[m.index]}): ${m.message}`));
              return;
            }
            rows.push(m.row);
            onProgress?.(rows.length, values.length, m.row);
            if (rows.length === values.length) finish();
            else feed(worker);
          },
          (message) => {
            if (this.stop !== finish) return;
            this.terminate();
            finish(new Error(`a sweep worker stopped: ${message}`));
          },
        );
        worker.post({
          type: 'sweep-setup',
          sweepId,
          doc: sweep.doc,
          parts: sweep.parts,
          param: sweep.spec.param,
          thermalPreset: sweep.thermalPreset,
        });
        feed(worker);
      }
    });
  }

  /** Stops the running sweep (its promise rejects with SweepCancelledError). */
  cancel(): void {
    const stop = this.stop;
    if (!stop) return;
    this.terminate();
    stop(new SweepCancelledError('sweep cancelled'));
  }

  /** Ends every worker; the pool makes new ones for the next run. */
  terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}
