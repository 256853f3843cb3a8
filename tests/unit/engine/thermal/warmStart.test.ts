/**
 * Warm start (engine/thermal/warmStart.ts): a solve started from a previous field gives the
 * same answer to the tolerance in fewer iterations; the coupled rounds and the studio's next
 * revision start from the last field.
 */
import { describe, expect, test } from 'vitest';
import { solveThermal } from '../../../../renderer/src/engine/thermal/analyzeThermal';
import { buildMesh } from '../../../../renderer/src/engine/thermal/buildMesh';
import { designToProblem } from '../../../../renderer/src/engine/thermal/designToProblem';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { mappedRise } from '../../../../renderer/src/engine/thermal/warmStart';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { switchDesign } from './switchDesign';

const library = defaultPartLibrary();
const design = switchDesign({ coldPlateOverEngines: true });
const cold = solveThermal(design, library, { preset: 'coarse', couplings: false });

describe('thermal warm start', () => {
  test('the field mapped onto its own mesh is its rise over ambient', () => {
    const { problem } = designToProblem(design, library);
    const mesh = buildMesh(problem, meshPreset('coarse'));
    const rise = mappedRise(cold.field, cold.ambientC, mesh);
    for (let c = 0; c < rise.length; c += 97) {
      const t = cold.field.tempC[c]!;
      expect(rise[c]!).toBeCloseTo(Number.isFinite(t) ? t - cold.ambientC : 0, 4);
    }
  });

  test('started from its own answer, a solve converges at once to the same field', () => {
    const warm = solveThermal(design, library, {
      preset: 'coarse',
      couplings: false,
      warmStart: cold,
    });
    expect(cold.iterations).toBeGreaterThan(5);
    expect(warm.iterations).toBeLessThanOrEqual(2);
    expect(warm.maxC).toBeCloseTo(cold.maxC, 4);
  });

  test('from a coarser field onto a finer mesh: fewer iterations, the same answer', () => {
    const normal = solveThermal(design, library, { preset: 'normal', couplings: false });
    const warm = solveThermal(design, library, {
      preset: 'normal',
      couplings: false,
      warmStart: cold,
    });
    expect(warm.iterations).toBeLessThan(normal.iterations);
    expect(warm.maxC).toBeCloseTo(normal.maxC, 3);
    expect(warm.relativeResidual).toBeLessThanOrEqual(1e-8);
  });
});
