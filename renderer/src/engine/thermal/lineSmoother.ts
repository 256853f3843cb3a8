import type { Level } from './level';

/**
 * Block Gauss–Seidel with z-lines as blocks: each column's tridiagonal system is solved
 * exactly (Thomas algorithm, factors from level.ts) with the in-plane neighbours' latest
 * values on the right-hand side. Thin, highly conductive layers couple cells most
 * strongly in z, and a line smoother stays a good smoother for any such anisotropy,
 * which is why the hierarchy only coarsens in x and y (coarsenLevel.ts).
 * Forward sweeps run columns in index order, backward sweeps in reverse, so a forward
 * pre-smooth with a backward post-smooth keeps the V-cycle symmetric for CG.
 */
export function lineSweep(
  level: Level,
  rhs: Float64Array,
  x: Float64Array,
  forward: boolean,
): void {
  const { nx, ny } = level;
  if (forward) {
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) solveColumn(level, rhs, x, i, j);
  } else {
    for (let j = ny - 1; j >= 0; j--)
      for (let i = nx - 1; i >= 0; i--) solveColumn(level, rhs, x, i, j);
  }
}

function solveColumn(level: Level, rhs: Float64Array, x: Float64Array, i: number, j: number): void {
  const { nx, ny, nz, gx, gy, gz, kLo, kHi, lineUpper, linePivotInv } = level;
  const col = j * nx + i;
  const lo = kLo[col]!;
  const hi = kHi[col]!;
  if (lo > hi) return;
  const base = col * nz;
  const sx = nz;
  const sy = nx * nz;
  const hasW = i > 0;
  const hasE = i < nx - 1;
  const hasS = j > 0;
  const hasN = j < ny - 1;
  // Forward elimination, the in-plane coupling folded into the right-hand side.
  let prev = 0;
  for (let k = lo; k <= hi; k++) {
    const c = base + k;
    let s = rhs[c]!;
    if (hasW) s += gx[c - sx]! * x[c - sx]!;
    if (hasE) s += gx[c]! * x[c + sx]!;
    if (hasS) s += gy[c - sy]! * x[c - sy]!;
    if (hasN) s += gy[c]! * x[c + sy]!;
    if (k > lo) s += gz[c - 1]! * prev;
    prev = s * linePivotInv[c]!;
    x[c] = prev;
  }
  // Back substitution.
  for (let k = hi - 1; k >= lo; k--) {
    const c = base + k;
    x[c] = x[c]! - lineUpper[c]! * x[c + 1]!;
  }
}
