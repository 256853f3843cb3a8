import { describe, expect, it } from 'vitest';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { ThermalSolver } from '../../../../renderer/src/engine/thermal/thermalSolver';
import type { ThermalProblem } from '../../../../renderer/src/engine/thermal/types';
import { box, iso } from './testProblems';

// A 10 × 10 mm column, adiabatic sides: heat from a die layer at the bottom flows up
// through a TIM and a copper lid into a cold plate of R = 0.1 K/W. Outside the source
// layer the exact temperature is piecewise linear, T(z) = Tc + P·(R + ∫ dz / (k·A)) above z,
// and the cell-centred finite-volume scheme with harmonic face conductances reproduces it
// exactly at every cell centre, whatever the cell sizes.
const P_W = 10;
const R_K_PER_W = 0.1;
const AREA_M2 = 1e-4;
const layers = [
  { name: 'die', t: 0.2, k: 150, power: P_W },
  { name: 'tim', t: 0.05, k: 5, power: 0 },
  { name: 'lid', t: 1, k: 390, power: 0 },
];

function stackProblem(): ThermalProblem {
  let z = 0;
  const boxes = layers.map((l) => {
    const b = box(l.name, [0, 10], [0, 10], [z, z + l.t], iso(l.k), l.power);
    z += l.t;
    return b;
  });
  return {
    boxes,
    ambientC: 25,
    exposedHtcWm2K: 0,
    sinks: [
      { id: 'plate', boxIndices: [2], face: 'top', resistanceKPerW: R_K_PER_W, coolantC: 30 },
    ],
  };
}

/** Exact temperature at height z (mm) above the source layer. */
function exactC(zMm: number): number {
  let resistance = R_K_PER_W;
  let z0 = 0;
  for (const l of layers) {
    const z1 = z0 + l.t;
    const above = Math.max(0, z1 - Math.max(z0, zMm));
    resistance += (above * 1e-3) / (l.k * AREA_M2);
    z0 = z1;
  }
  return 30 + P_W * resistance;
}

describe('1D series-resistance stack', () => {
  it('matches the series-resistance temperatures exactly outside the source layer', () => {
    const solver = new ThermalSolver(stackProblem(), meshPreset('normal')).solve();
    expect(solver.error).toBe('');
    const mesh = solver.mesh!;
    const rise = solver.riseK!;
    let checked = 0;
    for (let k = 0; k < mesh.nz; k++) {
      const zc = (mesh.zMm[k]! + mesh.zMm[k + 1]!) / 2;
      if (zc < 0.2) continue;
      for (let col = 0; col < mesh.nx * mesh.ny; col++) {
        expect(25 + rise[col * mesh.nz + k]!).toBeCloseTo(exactC(zc), 6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(solver.balance!.relativeError).toBeLessThan(1e-6);
  });
});
