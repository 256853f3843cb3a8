import { buildAxisLines, type AxisFeature } from './axisLines';
import { checkMeshBudget } from './meshBudget';
import type { MeshPreset, ThermalBox, ThermalMesh, ThermalProblem } from './types';

/** Grid lines given directly (tests, grid-convergence studies), mm. */
export interface ExplicitLines {
  xMm: Float64Array;
  yMm: Float64Array;
  zMm: Float64Array;
}

/** Index of the line nearest to v (lines sorted). */
export function nearestLine(lines: Float64Array, v: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! <= v) lo = mid;
    else hi = mid;
  }
  return Math.abs(lines[hi]! - v) < Math.abs(lines[lo]! - v) ? hi : lo;
}

function inPlaneLines(boxes: readonly ThermalBox[], preset: MeshPreset, axis: 'x' | 'y') {
  const lo = Math.min(...boxes.map((b) => b.minMm[axis]));
  const hi = Math.max(...boxes.map((b) => b.maxMm[axis]));
  const other = axis === 'x' ? 'y' : 'x';
  const extent = Math.max(
    hi - lo,
    Math.max(...boxes.map((b) => b.maxMm[other])) - Math.min(...boxes.map((b) => b.minMm[other])),
  );
  const hMax = extent / preset.maxCellsAcross;
  const mandatory: number[] = [];
  const features: AxisFeature[] = [];
  for (const b of boxes) {
    const fraction =
      b.isHeatSource || b.powerW > 0 ? preset.sourceCellFraction : preset.edgeCellFraction;
    for (const p of [b.minMm[axis], b.maxMm[axis]]) {
      mandatory.push(p);
      features.push({ positionMm: p, cellMm: hMax * fraction });
    }
  }
  // Edges closer than half the smallest wanted cell merge (boxes snap to the line).
  const minCell = (hMax * Math.min(preset.edgeCellFraction, preset.sourceCellFraction)) / 2;
  return buildAxisLines(mandatory, features, hMax, preset.growthRatio, minCell);
}

function throughLines(boxes: readonly ThermalBox[], preset: MeshPreset): Float64Array {
  const mandatory: number[] = [];
  const features: AxisFeature[] = [];
  for (const b of boxes) {
    mandatory.push(b.minMm.z, b.maxMm.z);
    if (!(b.isHeatSource || b.powerW > 0)) continue;
    // A source layer gets at least minSourceLayerCells cells, and cells grow away from it.
    const cellMm = Math.min(
      preset.maxCellThicknessMm,
      (b.maxMm.z - b.minMm.z) / preset.minSourceLayerCells,
    );
    features.push({ positionMm: b.minMm.z, cellMm }, { positionMm: b.maxMm.z, cellMm });
  }
  return buildAxisLines(mandatory, features, preset.maxCellThicknessMm, preset.growthRatio);
}

/**
 * Grid lines with `cells` equal cells along x and along y over the whole domain and the
 * preset's z lines (for scaling studies): box edges snap to the nearest line, so parts
 * shift by up to half a cell.
 */
export function uniformInPlaneLines(
  problem: ThermalProblem,
  cells: number,
  preset: MeshPreset,
): ExplicitLines {
  const { boxes } = problem;
  const axis = (a: 'x' | 'y') => {
    const lo = Math.min(...boxes.map((b) => b.minMm[a]));
    const hi = Math.max(...boxes.map((b) => b.maxMm[a]));
    return Float64Array.from({ length: cells + 1 }, (_, i) => lo + ((hi - lo) * i) / cells);
  };
  return { xMm: axis('x'), yMm: axis('y'), zMm: throughLines(boxes, preset) };
}

/** Cells of a preset's mesh of `boxes`, from its lines alone (nothing allocated per cell). */
export function presetCells(boxes: readonly ThermalBox[], preset: MeshPreset): number {
  const n = (a: Float64Array) => a.length - 1;
  return (
    n(inPlaneLines(boxes, preset, 'x')) *
    n(inPlaneLines(boxes, preset, 'y')) *
    n(throughLines(boxes, preset))
  );
}

/**
 * The structured mesh of a problem: lines from the preset (box edges plus graded
 * refinement) or given explicitly, boxes painted in order, and each box's power spread
 * over the cells it owns in proportion to their volume.
 */
export function buildMesh(problem: ThermalProblem, grid: MeshPreset | ExplicitLines): ThermalMesh {
  const { boxes } = problem;
  if (boxes.length === 0) throw new Error('thermal problem has no solid boxes');
  const xMm = 'name' in grid ? inPlaneLines(boxes, grid, 'x') : grid.xMm;
  const yMm = 'name' in grid ? inPlaneLines(boxes, grid, 'y') : grid.yMm;
  const zMm = 'name' in grid ? throughLines(boxes, grid) : grid.zMm;
  const nx = xMm.length - 1;
  const ny = yMm.length - 1;
  const nz = zMm.length - 1;
  checkMeshBudget(nx * ny * nz, 'name' in grid ? grid : 'explicit', (p) => presetCells(boxes, p));
  const owner = new Int32Array(nx * ny * nz).fill(-1);
  boxes.forEach((b, index) => {
    const [i0, i1] = [nearestLine(xMm, b.minMm.x), nearestLine(xMm, b.maxMm.x)];
    const [j0, j1] = [nearestLine(yMm, b.minMm.y), nearestLine(yMm, b.maxMm.y)];
    const [k0, k1] = [nearestLine(zMm, b.minMm.z), nearestLine(zMm, b.maxMm.z)];
    for (let j = j0; j < j1; j++) {
      for (let i = i0; i < i1; i++) {
        const base = (j * nx + i) * nz;
        for (let k = k0; k < k1; k++) owner[base + k] = index;
      }
    }
  });
  const { sourceW, lostPowerW } = spreadPower(boxes, owner, xMm, yMm, zMm);
  return { nx, ny, nz, xMm, yMm, zMm, owner, sourceW, lostPowerW };
}

/** The mesh with its sources spread anew from `boxes` (same geometry, other watts). */
export function withSources(mesh: ThermalMesh, boxes: readonly ThermalBox[]): ThermalMesh {
  return { ...mesh, ...spreadPower(boxes, mesh.owner, mesh.xMm, mesh.yMm, mesh.zMm) };
}

function spreadPower(
  boxes: readonly ThermalBox[],
  owner: Int32Array,
  xMm: Float64Array,
  yMm: Float64Array,
  zMm: Float64Array,
) {
  const [nx, ny, nz] = [xMm.length - 1, yMm.length - 1, zMm.length - 1];
  const ownedVolume = new Float64Array(boxes.length);
  const sourceW = new Float64Array(owner.length);
  // Two passes over the cells: the volume each box owns, then its power density × volume.
  for (let pass = 0; pass < 2; pass++) {
    const densityW = Float64Array.from(boxes, (b, index) =>
      ownedVolume[index]! > 0 ? b.powerW / ownedVolume[index]! : 0,
    );
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const area = (xMm[i + 1]! - xMm[i]!) * (yMm[j + 1]! - yMm[j]!);
        const base = (j * nx + i) * nz;
        for (let k = 0; k < nz; k++) {
          const box = owner[base + k]!;
          if (box < 0) continue;
          const v = area * (zMm[k + 1]! - zMm[k]!);
          if (pass === 0) ownedVolume[box] = ownedVolume[box]! + v;
          else sourceW[base + k] = densityW[box]! * v;
        }
      }
    }
  }
  let lostPowerW = 0;
  boxes.forEach((b, index) => {
    if (ownedVolume[index] === 0) lostPowerW += b.powerW;
  });
  return { sourceW, lostPowerW };
}
