import { allocateLevel, finishLevel, type Level } from './level';

/**
 * Coarse level by cell agglomeration: pairs of cells in x and in y (2×2×1, or 2×1×1 once
 * one direction is a single cell) become one cell; z is never coarsened (semi-coarsening,
 * paired with the z-line smoother). Coarse conductances are the aggregation (Galerkin,
 * PᵀAP with piecewise-constant P) sums of the fine faces between two aggregates, with the
 * in-plane ones scaled by (fine centre distance / coarse centre distance) across the face.
 * Plain PᵀAP makes the in-plane coarse operator about twice too stiff per level
 * (the known weakness of unsmoothed aggregation, Braess 1995, "Towards algebraic
 * multigrid for elliptic problems of second order", Computing 55:379–393); the distance
 * scaling is exact for a uniform material and keeps the operator symmetric and positive.
 */
export interface CoarseMap {
  /** Coarse column of each fine column. */
  coarseColumn: Int32Array;
}

function coarseEdges(edges: Float64Array): Float64Array {
  const n = edges.length - 1;
  if (n === 1) return edges;
  const out: number[] = [];
  for (let i = 0; i < n; i += 2) out.push(edges[i]!);
  out.push(edges[n]!);
  return Float64Array.from(out);
}

/** Scale of the conductance across the face after fine cell `iLast` on that axis. */
function faceScale(
  fine: Float64Array,
  coarse: Float64Array,
  iLast: number,
  iCoarse: number,
): number {
  const fineDistance = (fine[iLast + 2]! - fine[iLast]!) / 2;
  const coarseDistance = (coarse[iCoarse + 2]! - coarse[iCoarse]!) / 2;
  return fineDistance / coarseDistance;
}

/** True when the level can still be coarsened in x or y. */
export function canCoarsen(level: Level): boolean {
  return level.nx > 1 || level.ny > 1;
}

/** The next coarser level and the map between the two. */
export function coarsenLevel(fine: Level): { coarse: Level; map: CoarseMap } {
  const { nx, ny, nz } = fine;
  const xMm = coarseEdges(fine.xMm);
  const yMm = coarseEdges(fine.yMm);
  const [cnx, cny] = [xMm.length - 1, yMm.length - 1];
  const ix = (i: number) => (cnx === nx ? i : i >> 1);
  const jy = (j: number) => (cny === ny ? j : j >> 1);
  const coarseColumn = new Int32Array(nx * ny);
  const kLo = new Int32Array(cnx * cny).fill(nz);
  const kHi = new Int32Array(cnx * cny).fill(-1);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const col = j * nx + i;
      const cc = jy(j) * cnx + ix(i);
      coarseColumn[col] = cc;
      if (fine.kLo[col]! > fine.kHi[col]!) continue;
      kLo[cc] = Math.min(kLo[cc]!, fine.kLo[col]!);
      kHi[cc] = Math.max(kHi[cc]!, fine.kHi[col]!);
    }
  }
  const coarse = allocateLevel(cnx, cny, nz, xMm, yMm, kLo, kHi, true);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const col = j * nx + i;
      const [I, J] = [ix(i), jy(j)];
      const f = fine.colBase[col]!;
      const c = coarse.colBase[coarseColumn[col]!]!;
      // Only faces that leave the aggregate survive; interior faces cancel in PᵀAP.
      const xLeaves = i < nx - 1 && ix(i + 1) !== I;
      const yLeaves = j < ny - 1 && jy(j + 1) !== J;
      const sx = xLeaves ? faceScale(fine.xMm, xMm, i, I) : 0;
      const sy = yLeaves ? faceScale(fine.yMm, yMm, j, J) : 0;
      for (let k = fine.kLo[col]!; k <= fine.kHi[col]!; k++) {
        if (xLeaves) coarse.gx[c + k] = coarse.gx[c + k]! + sx * fine.gx[f + k]!;
        if (yLeaves) coarse.gy[c + k] = coarse.gy[c + k]! + sy * fine.gy[f + k]!;
        coarse.gz[c + k] = coarse.gz[c + k]! + fine.gz[f + k]!;
        coarse.gBoundary[c + k] = coarse.gBoundary[c + k]! + fine.gBoundary[f + k]!;
      }
    }
  }
  finishLevel(coarse);
  return { coarse, map: { coarseColumn } };
}

/** Coarse residual = sum of the fine residuals of each aggregate. */
export function restrict(
  fine: Level,
  map: CoarseMap,
  r: Float64Array,
  coarse: Level,
  rc: Float64Array,
): void {
  rc.fill(0);
  for (let col = 0; col < map.coarseColumn.length; col++) {
    const f = fine.colBase[col]!;
    const c = coarse.colBase[map.coarseColumn[col]!]!;
    for (let k = fine.kLo[col]!; k <= fine.kHi[col]!; k++) rc[c + k] = rc[c + k]! + r[f + k]!;
  }
}

/** Fine correction += coarse correction of its aggregate (piecewise-constant prolongation). */
export function prolongAdd(
  fine: Level,
  map: CoarseMap,
  coarse: Level,
  ec: Float64Array,
  e: Float64Array,
): void {
  for (let col = 0; col < map.coarseColumn.length; col++) {
    const f = fine.colBase[col]!;
    const c = coarse.colBase[map.coarseColumn[col]!]!;
    for (let k = fine.kLo[col]!; k <= fine.kHi[col]!; k++) {
      if (fine.active[f + k] === 1) e[f + k] = e[f + k]! + ec[c + k]!;
    }
  }
}
