import { describe, expect, it } from 'vitest';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { ThermalSolver } from '../../../../renderer/src/engine/thermal/thermalSolver';
import type { MeshPreset, ThermalProblem } from '../../../../renderer/src/engine/thermal/types';
import { box, iso } from './testProblems';
import { oneDimensionalResistance, totalResistance, type SpreadingCase } from './spreadingSeries';

// A 2 × 2 mm isoflux source centred on a 10 × 10 × 1 mm plate (k = 100 W/(m·K)) whose
// base convects with h = 20 000 W/(m²·K) (a cold plate class value) and whose sides and
// free top are adiabatic. The series solution (spreadingSeries.ts) gives R_s = 2.084 K/W
// against R_1D = 0.6 K/W. The source is modelled as a volumetric layer 1 µm thick at
// the top of the plate (0.1 % of the thickness). Measured: normal +0.77 %, fine +0.22 %.
const PLATE_MM = 10;
const SOURCE_MM = 2;
const T_MM = 1;
const SOURCE_LAYER_MM = 0.001;
const K = 100;
const H = 20_000;
const Q_W = 5;

const seriesCase: SpreadingCase = {
  plateXM: PLATE_MM / 1000,
  plateYM: PLATE_MM / 1000,
  sourceXM: SOURCE_MM / 1000,
  sourceYM: SOURCE_MM / 1000,
  centreXM: PLATE_MM / 2000,
  centreYM: PLATE_MM / 2000,
  thicknessM: T_MM / 1000,
  kWmK: K,
  hWm2K: H,
};

function spreadingProblem(): ThermalProblem {
  const lo = (PLATE_MM - SOURCE_MM) / 2;
  const hi = lo + SOURCE_MM;
  return {
    boxes: [
      box('plate', [0, PLATE_MM], [0, PLATE_MM], [0, T_MM], iso(K)),
      box('source', [lo, hi], [lo, hi], [T_MM - SOURCE_LAYER_MM, T_MM], iso(K), Q_W),
    ],
    ambientC: 20,
    exposedHtcWm2K: 0,
    sinks: [
      {
        id: 'base',
        boxIndices: [0],
        face: 'bottom',
        resistanceKPerW: 1 / (H * seriesCase.plateXM * seriesCase.plateYM),
        coolantC: 20,
      },
    ],
  };
}

/** Spreading resistance from the solved mean source temperature, K/W. */
function solvedSpreadingResistance(preset: MeshPreset): number {
  const solver = new ThermalSolver(spreadingProblem(), preset).solve();
  expect(solver.error).toBe('');
  const { mesh, riseK } = solver;
  let weighted = 0;
  let total = 0;
  for (let c = 0; c < mesh!.owner.length; c++) {
    if (mesh!.owner[c] !== 1) continue;
    weighted += mesh!.sourceW[c]! * riseK![c]!;
    total += mesh!.sourceW[c]!;
  }
  return weighted / total / Q_W - oneDimensionalResistance(seriesCase);
}

describe('spreading resistance of a centred square source (Muzychka, Culham & Yovanovich 2003)', () => {
  const exact = totalResistance(seriesCase) - oneDimensionalResistance(seriesCase);

  it('the series solution is the published order of magnitude (half-space limit 0.473/(k·√A))', () => {
    expect(exact).toBeGreaterThan(1.9);
    expect(exact).toBeLessThan(0.4732 / (K * (SOURCE_MM / 1000)));
  });

  it('the series reduces to the 1D resistance when the source covers the whole plate', () => {
    const full = { ...seriesCase, sourceXM: seriesCase.plateXM, sourceYM: seriesCase.plateYM };
    expect(totalResistance(full)).toBeCloseTo(oneDimensionalResistance(full), 9);
  });

  for (const name of ['normal', 'fine'] as const) {
    it(`${name} preset is within 3 % of the series solution`, () => {
      const r = solvedSpreadingResistance(meshPreset(name));
      expect(Math.abs(r - exact) / exact).toBeLessThan(0.03);
    });
  }
});
