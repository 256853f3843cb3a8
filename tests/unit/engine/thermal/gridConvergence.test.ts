import { describe, expect, it } from 'vitest';
import { buildMesh } from '../../../../renderer/src/engine/thermal/buildMesh';
import { ThermalSolver } from '../../../../renderer/src/engine/thermal/thermalSolver';
import type { ThermalProblem } from '../../../../renderer/src/engine/thermal/types';
import { box, centres, uniformLines } from './testProblems';

// Manufactured solution on a 10 × 10 × 2 mm anisotropic block (kx = ky = 20, kz = 5
// W/(m·K)): T(x, y, z) = cos(πx/L)·cos(πy/L)·cos(βz) with β = π/(4H). It is adiabatic on
// the sides (∂T/∂x = 0 at x = 0, L) and at the bottom, and satisfies the convective top
// condition −kz·∂T/∂z = h·T with h = kz·β·tan(βH) = kz·β, applied as a top sink of
// R = 1/(h·A). The source is −∇·(k∇T) = (kx(π/L)² + ky(π/L)² + kz·β²)·T, sampled at cell
// centres. Halving every cell must cut the maximum error about four times (measured:
// 1.1e-2, 2.9e-3, 7.2e-4 K on 8, 16, 32 cells across; observed orders 1.96 and 1.99).
const L_MM = 10;
const H_MM = 2;
const KX = 20;
const KZ = 5;
const BETA_PER_M = Math.PI / (4 * H_MM * 1e-3);
const H_WM2K = KZ * BETA_PER_M;

function exactK(xMm: number, yMm: number, zMm: number): number {
  const w = Math.PI / L_MM;
  return Math.cos(w * xMm) * Math.cos(w * yMm) * Math.cos(BETA_PER_M * zMm * 1e-3);
}

function maxError(n: number): number {
  const problem: ThermalProblem = {
    boxes: [box('block', [0, L_MM], [0, L_MM], [0, H_MM], { x: KX, y: KX, z: KZ })],
    ambientC: 0,
    exposedHtcWm2K: 0,
    sinks: [
      {
        id: 'top',
        boxIndices: [0],
        face: 'top',
        resistanceKPerW: 1 / (H_WM2K * (L_MM * 1e-3) ** 2),
        coolantC: 0,
      },
    ],
  };
  const lines = {
    xMm: uniformLines(0, L_MM, n),
    yMm: uniformLines(0, L_MM, n),
    zMm: uniformLines(0, H_MM, n / 2),
  };
  const mesh = buildMesh(problem, lines);
  const [xc, yc, zc] = [centres(lines.xMm), centres(lines.yMm), centres(lines.zMm)];
  const w = Math.PI / (L_MM * 1e-3);
  const coefficient = 2 * KX * w * w + KZ * BETA_PER_M * BETA_PER_M;
  const cellVolumeM3 = (L_MM / n) * (L_MM / n) * (H_MM / (n / 2)) * 1e-9;
  for (let j = 0; j < mesh.ny; j++)
    for (let i = 0; i < mesh.nx; i++)
      for (let k = 0; k < mesh.nz; k++)
        mesh.sourceW[(j * mesh.nx + i) * mesh.nz + k] =
          coefficient * exactK(xc[i]!, yc[j]!, zc[k]!) * cellVolumeM3;
  const solver = new ThermalSolver(problem, mesh, { tolerance: 1e-12 }).solve();
  expect(solver.error).toBe('');
  let err = 0;
  for (let j = 0; j < mesh.ny; j++)
    for (let i = 0; i < mesh.nx; i++)
      for (let k = 0; k < mesh.nz; k++)
        err = Math.max(
          err,
          Math.abs(
            solver.riseK![(j * mesh.nx + i) * mesh.nz + k]! - exactK(xc[i]!, yc[j]!, zc[k]!),
          ),
        );
  return err;
}

describe('grid convergence', () => {
  it('is second order under uniform refinement (manufactured solution)', () => {
    const errors = [8, 16, 32].map(maxError);
    const orders = [Math.log2(errors[0]! / errors[1]!), Math.log2(errors[1]! / errors[2]!)];
    expect(errors[2]).toBeLessThan(0.01);
    for (const p of orders) {
      expect(p).toBeGreaterThan(1.8);
      expect(p).toBeLessThan(2.2);
    }
  });
});
