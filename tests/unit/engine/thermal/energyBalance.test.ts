import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { ThermalSolver } from '../../../../renderer/src/engine/thermal/thermalSolver';
import type { ThermalProblem } from '../../../../renderer/src/engine/thermal/types';
import { box, iso } from './testProblems';

// Random boards with random heat sources on top, convection on every exposed face and a
// sink of random resistance and coolant temperature on one of the sources: heat in must
// equal heat out through the boundary faces (computed from the faces, not the operator),
// and with non-negative sources no cell may be colder than the coldest fluid (maximum
// principle).
const source = fc.record({
  x: fc.double({ min: 0, max: 30, noNaN: true }),
  y: fc.double({ min: 0, max: 30, noNaN: true }),
  size: fc.double({ min: 1, max: 10, noNaN: true }),
  thickness: fc.double({ min: 0.05, max: 1, noNaN: true }),
  k: fc.double({ min: 0.5, max: 400, noNaN: true }),
  powerW: fc.double({ min: 0, max: 50, noNaN: true }),
});

const problemArb = fc
  .record({
    boardK: fc.double({ min: 0.3, max: 50, noNaN: true }),
    sources: fc.array(source, { minLength: 1, maxLength: 4 }),
    htc: fc.double({ min: 1, max: 200, noNaN: true }),
    sinkR: fc.double({ min: 0.01, max: 5, noNaN: true }),
    ambientC: fc.double({ min: 0, max: 50, noNaN: true }),
    coolantC: fc.double({ min: 0, max: 50, noNaN: true }),
  })
  .map(({ boardK, sources, htc, sinkR, ambientC, coolantC }): ThermalProblem => ({
    boxes: [
      box('board', [0, 40], [0, 40], [0, 1.6], { x: boardK * 10, y: boardK * 10, z: boardK }),
      ...sources.map((s, i) =>
        box(
          `src${i}`,
          [s.x, s.x + s.size],
          [s.y, s.y + s.size],
          [1.6, 1.6 + s.thickness],
          iso(s.k),
          s.powerW,
        ),
      ),
    ],
    ambientC,
    exposedHtcWm2K: htc,
    sinks: [{ id: 'sink', boxIndices: [1], face: 'top', resistanceKPerW: sinkR, coolantC }],
  }));

describe('energy balance', () => {
  it('heat in equals heat out within 0.1 % and no cell is colder than the coldest fluid', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const solver = new ThermalSolver(problem, meshPreset('coarse')).solve();
        expect(solver.error).toBe('');
        const b = solver.balance!;
        const out = b.toAmbientW + Object.values(b.toSinksW).reduce((a, q) => a + q, 0);
        const inW = problem.boxes.reduce((a, x) => a + x.powerW, 0);
        // A source painted over entirely by a later box owns no cell: its power is reported lost.
        expect(Math.abs(b.sourcesW + solver.mesh!.lostPowerW - inW)).toBeLessThan(
          1e-9 * Math.max(1, inW),
        );
        if (b.sourcesW > 1e-6) {
          expect(Math.abs(b.sourcesW - out) / b.sourcesW).toBeLessThan(1e-3);
          expect(b.relativeError).toBeLessThan(1e-3);
        }
        const coldestRise = Math.min(0, problem.sinks[0]!.coolantC - problem.ambientC);
        const rise = solver.riseK!;
        for (let c = 0; c < rise.length; c++) {
          if (solver.mesh!.owner[c]! >= 0) expect(rise[c]!).toBeGreaterThan(coldestRise - 1e-6);
        }
      }),
      { numRuns: 25, seed: 4 },
    );
  });
});
