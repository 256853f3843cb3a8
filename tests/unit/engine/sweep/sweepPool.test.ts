/**
 * The sweep pool driven through the pure worker handler (each endpoint answers on a later
 * task, as a worker would): rows equal the single-threaded sweep, progress rises to the
 * total, errors and cancel reject the run.
 */
import { describe, expect, test } from 'vitest';
import { runSweep } from '../../../../renderer/src/engine/sweep/sweep';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { createSweepHandler } from '../../../../renderer/src/engine/sweep/sweepHandler';
import {
  poolSizeFor,
  SweepCancelledError,
  SweepPool,
  type PoolEndpoint,
} from '../../../../renderer/src/engine/sweep/sweepPool';
import type { SweepWorkerResponse } from '../../../../renderer/src/engine/sweep/sweepProtocol';
import { loadExample } from '../compare/examples';

const library = defaultPartLibrary();
const parts = [...library.values()];

/** An endpoint running the real handler on a later macrotask; counts the steps it took. */
function fakeWorker(log: number[]): PoolEndpoint {
  const handle = createSweepHandler();
  let listener: ((m: SweepWorkerResponse) => void) | undefined;
  let alive = true;
  return {
    post(message) {
      setTimeout(() => {
        if (!alive) return;
        if (message.type === 'sweep-step') log.push(message.index);
        const answer = handle(message);
        if (answer) listener?.(answer);
      }, 0);
    },
    listen(onMessage) {
      listener = onMessage;
    },
    terminate() {
      alive = false;
    },
  };
}

describe('SweepPool', () => {
  const doc = loadExample('switch-npo');
  const spec = { param: 'ambient-c', from: 25, to: 55, steps: 4 } as const;

  test('pooled rows equal the single-threaded sweep, with rising progress', async () => {
    const logs: number[][] = [];
    const pool = new SweepPool(() => {
      const log: number[] = [];
      logs.push(log);
      return fakeWorker(log);
    }, 2);
    const progress: number[] = [];
    const rows = await pool.run({ doc, parts, spec, thermalPreset: 'coarse' }, (done) =>
      progress.push(done),
    );
    expect(rows).toEqual(runSweep(doc, library, spec));
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(logs).toHaveLength(2);
    expect(logs.every((l) => l.length > 0)).toBe(true);
    expect(rows.map((r) => r.metrics.hottestOeC!)).toEqual(
      [...rows.map((r) => r.metrics.hottestOeC!)].sort((a, b) => a - b),
    );
  }, 60_000);

  test('a step the design cannot take rejects the run with its message', async () => {
    const pool = new SweepPool(() => fakeWorker([]), 2);
    const bad = { param: 'lane-rate', from: -10, to: 100, steps: 2 } as const;
    await expect(pool.run({ doc, parts, spec: bad, thermalPreset: null })).rejects.toThrow(
      /step 0 \(-10\): lane-rate must be above 0/,
    );
  });

  test('cancel rejects the run and terminates the workers', async () => {
    let terminated = 0;
    const pool = new SweepPool(() => {
      const w = fakeWorker([]);
      return { ...w, terminate: () => (terminated++, w.terminate()) };
    }, 2);
    const run = pool.run({ doc, parts, spec, thermalPreset: null });
    pool.cancel();
    await expect(run).rejects.toBeInstanceOf(SweepCancelledError);
    expect(terminated).toBe(2);
    const again = await pool.run({ doc, parts, spec: { ...spec, steps: 2 }, thermalPreset: null });
    expect(again).toHaveLength(2);
  });

  test('pool size: hardware concurrency capped at 4, at least 1', () => {
    expect(poolSizeFor(2)).toBe(2);
    expect(poolSizeFor(16)).toBe(4);
    expect(poolSizeFor(undefined)).toBe(1);
  });
});
