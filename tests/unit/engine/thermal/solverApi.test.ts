import { describe, expect, it } from 'vitest';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { ThermalSolver } from '../../../../renderer/src/engine/thermal/thermalSolver';
import type { ThermalProblem } from '../../../../renderer/src/engine/thermal/types';
import { box, iso } from './testProblems';

function plate(sinkOnBox = 1): ThermalProblem {
  return {
    boxes: [
      box('board', [0, 50], [0, 50], [0, 1.6], iso(20)),
      box('chip', [20, 30], [20, 30], [1.6, 2.4], iso(148), 20),
    ],
    ambientC: 25,
    exposedHtcWm2K: 10,
    sinks: [
      { id: 'plate', boxIndices: [sinkOnBox], face: 'top', resistanceKPerW: 0.5, coolantC: 30 },
    ],
  };
}

describe('stepwise thermal solver', () => {
  it('runs in steps with progress that only rises, and reports iterations and residual', () => {
    const solver = new ThermalSolver(plate(), meshPreset('coarse'));
    const progress: number[] = [solver.progress];
    while (!solver.solved && !solver.failed) {
      solver.step();
      progress.push(solver.progress);
    }
    expect(solver.solved).toBe(true);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]!);
    expect(progress.at(-1)).toBe(1);
    expect(solver.iterations).toBeGreaterThan(0);
    expect(solver.relativeResidual).toBeLessThanOrEqual(1e-8);
  });

  it('can be abandoned: nothing runs after the caller stops stepping', () => {
    const solver = new ThermalSolver(plate(), meshPreset('coarse'));
    for (let i = 0; i < 4; i++) solver.step();
    expect(solver.solved).toBe(false);
    expect(solver.riseK).toBeUndefined();
  });

  it('fails with a message when the iteration cap is reached', () => {
    const solver = new ThermalSolver(plate(), meshPreset('coarse'), { maxIterations: 1 }).solve();
    expect(solver.failed).toBe(true);
    expect(solver.error).toMatch(/no convergence in 1 iterations/);
  });

  it('fails with a message when a powered part has no path to any boundary', () => {
    const problem: ThermalProblem = {
      boxes: [box('floating', [0, 10], [0, 10], [0, 1], iso(100), 5)],
      ambientC: 25,
      exposedHtcWm2K: 0,
      sinks: [],
    };
    const solver = new ThermalSolver(problem, meshPreset('coarse')).solve();
    expect(solver.failed).toBe(true);
    expect(solver.error).toMatch(/5.00 W is dissipated in parts with no path/);
  });

  it('converges to the same field from the stepwise and the run-to-end paths', () => {
    const a = new ThermalSolver(plate(), meshPreset('coarse')).solve();
    const b = new ThermalSolver(plate(), meshPreset('coarse'));
    while (!b.solved) b.step();
    expect(Array.from(b.riseK!)).toEqual(Array.from(a.riseK!));
  });
});
