/**
 * The coupled power ⇄ thermal job on CPO Type A: heat follows power (a lane-rate sweep moves
 * the temperatures), the job counts its thermal solves, a capped run says it did not
 * converge and keeps its last figures, and the job is stepwise.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  analyzeCoupled,
  createCoupledJob,
} from '../../../../renderer/src/engine/coupled/coupledJob';
import { SWEEP_PARAMS } from '../../../../renderer/src/engine/sweep/sweepParams';
import { ThermalAnalysis } from '../../../../renderer/src/engine/thermal/analyzeThermal';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { loadExample } from '../compare/examples';

const library = defaultPartLibrary();
const thermal = { preset: 'coarse', couplings: false } as const;
const cpoA = loadExample('switch-cpo-a');

afterEach(() => vi.restoreAllMocks());

function meanEngineC(r: ReturnType<typeof analyzeCoupled>): number {
  const engines = r.thermal!.components.filter((c) => c.category === 'optical-engine');
  return engines.reduce((s, c) => s + c.activeMeanC, 0) / engines.length;
}

describe('coupled power and thermal on CPO Type A', () => {
  test('heat follows power: 106.25 → 212.5 Gb/s lanes raises engine power and temperature', () => {
    const at112 = analyzeCoupled(cpoA, library, { thermal });
    const at224 = analyzeCoupled(SWEEP_PARAMS['lane-rate'].apply(cpoA, library, 212.5), library, {
      thermal,
    });
    const engineW = (r: typeof at112) =>
      r.power.components
        .filter((c) => c.category === 'optical-engine')
        .reduce((s, c) => s + c.powerW, 0);
    console.log(
      `CPO-A engines: ${engineW(at112).toFixed(1)} W, ${meanEngineC(at112).toFixed(2)} °C at 106.25; ` +
        `${engineW(at224).toFixed(1)} W, ${meanEngineC(at224).toFixed(2)} °C at 212.5`,
    );
    expect(engineW(at224)).toBeGreaterThan(1.9 * engineW(at112));
    expect(meanEngineC(at224)).toBeGreaterThan(meanEngineC(at112) + 1);
    expect(at224.thermal!.maxC).toBeGreaterThan(at112.thermal!.maxC);
  });

  test('the result counts its thermal solves, one per round', () => {
    const proto = ThermalAnalysis.prototype as unknown as { buildResult: () => unknown };
    const built = vi.spyOn(proto, 'buildResult');
    const r = analyzeCoupled(cpoA, library, { thermal });
    expect(r.thermalSolves).toBe(built.mock.calls.length);
    expect(r.thermalSolves).toBe(r.rounds.length);
    expect(r.thermalSolves).toBeGreaterThanOrEqual(2);
  });

  test('a capped run that has not converged says so and keeps its last figures', () => {
    const r = analyzeCoupled(cpoA, library, { thermal, maxRounds: 1 });
    expect(r.converged).toBe(false);
    expect(r.thermalSolves).toBe(1);
    expect(r.finalChangeW).toBeGreaterThan(r.tolerance.absW);
    expect(r.thermal).not.toBeNull();
    expect(r.power.totalW).toBeGreaterThan(0);
  });

  test('stepwise: progress rises to 1 and the result appears only when done', () => {
    const job = createCoupledJob(cpoA, library, { thermal });
    expect(() => job.result).toThrow();
    let last = 0;
    let steps = 0;
    while (!job.isDone) {
      job.step();
      steps++;
      expect(job.progress).toBeGreaterThanOrEqual(last);
      last = job.progress;
    }
    expect(job.progress).toBe(1);
    expect(steps).toBeGreaterThan(10);
    expect(job.result.converged).toBe(true);
  });
});
