import { removeIsolatedCells, type IsolatedCells } from './isolatedCells';
import { allocateLevel, finishLevel, type Level } from './level';
import { findSinkFaces, type SinkFaces } from './sinkFaces';
import type { ThermalMesh, ThermalProblem } from './types';

/** 1 W/(m·K) × 1 mm² / 1 mm = 1e-3 W/K; 1 W/(m²·K) × 1 mm² = 1e-6 W/K. */
const CONDUCTION_SCALE = 1e-3;
const CONVECTION_SCALE = 1e-6;

/** The finest level with its right-hand side and the boundary terms for the energy balance. */
export interface FineSystem {
  level: Level;
  /** Source + boundary terms of A·θ = b, θ = T − ambient, W. */
  rhs: Float64Array;
  /** Conductance of each level cell's exposed faces to ambient, W/K. */
  gAmbient: Float64Array;
  sinkFaces: SinkFaces[];
  /** Solid cells cut out for lack of any path to a boundary. */
  isolated: IsolatedCells;
}

/**
 * Finite-volume discretisation on the mesh: face conductance between two solid cells is
 * the harmonic (series) combination of the two half cells, G = A / (d₁/2k₁ + d₂/2k₂);
 * an exposed face convects to ambient through G = 1 / (1/(hA) + (d/2)/(kA)); sink faces
 * connect through G = 1 / (R·A_total/A + (d/2)/(kA)). The unknown is the rise over ambient.
 */
export function buildFineSystem(mesh: ThermalMesh, problem: ThermalProblem): FineSystem {
  const { nx, ny, nz, xMm, yMm, zMm, owner } = mesh;
  // Each column stores the range between its lowest and highest solid cell.
  const kLo = new Int32Array(nx * ny).fill(nz);
  const kHi = new Int32Array(nx * ny).fill(-1);
  for (let col = 0; col < nx * ny; col++) {
    for (let k = 0; k < nz; k++) {
      if (owner[col * nz + k]! < 0) continue;
      if (k < kLo[col]!) kLo[col] = k;
      kHi[col] = k;
    }
  }
  const level = allocateLevel(nx, ny, nz, xMm, yMm, kLo, kHi, false);
  const { boxes } = problem;
  const sx = nz;
  const sy = nx * nz;
  // Half-cell resistance factors per box, 1/(2k), looked up per cell in the loop.
  const halfX = Float64Array.from(boxes, (b) => 0.5 / b.kWmK.x);
  const halfY = Float64Array.from(boxes, (b) => 0.5 / b.kWmK.y);
  const halfZ = Float64Array.from(boxes, (b) => 0.5 / b.kWmK.z);
  const rhs = new Float64Array(level.n);
  for (let j = 0; j < ny; j++) {
    const dy = yMm[j + 1]! - yMm[j]!;
    const dy2 = j < ny - 1 ? yMm[j + 2]! - yMm[j + 1]! : 0;
    for (let i = 0; i < nx; i++) {
      const dx = xMm[i + 1]! - xMm[i]!;
      const dx2 = i < nx - 1 ? xMm[i + 2]! - xMm[i + 1]! : 0;
      const col = j * nx + i;
      const base = level.colBase[col]!;
      for (let k = kLo[col]!; k <= kHi[col]!; k++) {
        const full = col * nz + k;
        const b = owner[full]!;
        if (b < 0) continue;
        const c = base + k;
        rhs[c] = mesh.sourceW[full]!;
        const dz = zMm[k + 1]! - zMm[k]!;
        if (i < nx - 1 && owner[full + sx]! >= 0) {
          level.gx[c] =
            (CONDUCTION_SCALE * dy * dz) / (dx * halfX[b]! + dx2 * halfX[owner[full + sx]!]!);
        }
        if (j < ny - 1 && owner[full + sy]! >= 0) {
          level.gy[c] =
            (CONDUCTION_SCALE * dx * dz) / (dy * halfY[b]! + dy2 * halfY[owner[full + sy]!]!);
        }
        if (k < nz - 1 && owner[full + 1]! >= 0) {
          const dz2 = zMm[k + 2]! - zMm[k + 1]!;
          level.gz[c] =
            (CONDUCTION_SCALE * dx * dy) / (dz * halfZ[b]! + dz2 * halfZ[owner[full + 1]!]!);
        }
      }
    }
  }
  const claimed = new Uint8Array(owner.length * 2);
  const levelIndex = (full: number) => level.colBase[(full - (full % nz)) / nz]! + (full % nz);
  const sinkFaces = findSinkFaces(mesh, problem, levelIndex, claimed);
  for (const s of sinkFaces) {
    for (let f = 0; f < s.cells.length; f++) {
      const c = s.cells[f]!;
      level.gBoundary[c] = level.gBoundary[c]! + s.conductanceWK[f]!;
      rhs[c] = rhs[c]! + s.conductanceWK[f]! * (s.coolantC - problem.ambientC);
    }
  }
  const gAmbient = exposedConvection(mesh, problem, level, claimed);
  for (let c = 0; c < level.n; c++) level.gBoundary[c] = level.gBoundary[c]! + gAmbient[c]!;
  const isolated = removeIsolatedCells(level, rhs);
  finishLevel(level);
  return { level, rhs, gAmbient, sinkFaces, isolated };
}

/** Convection conductance of each cell's exposed faces (not claimed by a sink), W/K, per level cell. */
function exposedConvection(
  mesh: ThermalMesh,
  problem: ThermalProblem,
  level: Level,
  claimed: Uint8Array,
) {
  const { nx, ny, nz, xMm, yMm, zMm, owner } = mesh;
  const htc = problem.exposedHtcWm2K;
  const { top, bottom, sides } =
    typeof htc === 'number' ? { top: htc, bottom: htc, sides: htc } : htc;
  const g = new Float64Array(level.n);
  if (top <= 0 && bottom <= 0 && sides <= 0) return g;
  const face = (h: number, area: number, halfMm: number, k: number) =>
    h <= 0 ? 0 : 1 / (1 / (CONVECTION_SCALE * h * area) + halfMm / (CONDUCTION_SCALE * k * area));
  const isEmpty = (c: number) => owner[c]! < 0;
  for (let j = 0; j < ny; j++) {
    const dy = yMm[j + 1]! - yMm[j]!;
    for (let i = 0; i < nx; i++) {
      const dx = xMm[i + 1]! - xMm[i]!;
      const col = j * nx + i;
      for (let k = level.kLo[col]!; k <= level.kHi[col]!; k++) {
        const c = col * nz + k;
        if (isEmpty(c)) continue;
        const kk = problem.boxes[owner[c]!]!.kWmK;
        const dz = zMm[k + 1]! - zMm[k]!;
        let sum = 0;
        if (i === 0 || isEmpty(c - nz)) sum += face(sides, dy * dz, dx / 2, kk.x);
        if (i === nx - 1 || isEmpty(c + nz)) sum += face(sides, dy * dz, dx / 2, kk.x);
        if (j === 0 || isEmpty(c - nx * nz)) sum += face(sides, dx * dz, dy / 2, kk.y);
        if (j === ny - 1 || isEmpty(c + nx * nz)) sum += face(sides, dx * dz, dy / 2, kk.y);
        if ((k === 0 || isEmpty(c - 1)) && !claimed[2 * c])
          sum += face(bottom, dx * dy, dz / 2, kk.z);
        if ((k === nz - 1 || isEmpty(c + 1)) && !claimed[2 * c + 1])
          sum += face(top, dx * dy, dz / 2, kk.z);
        g[level.colBase[col]! + k] = sum;
      }
    }
  }
  return g;
}
