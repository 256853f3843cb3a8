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

/** Column scratch += g·x_neighbour over the k both columns hold; g is stored at the west/south cell. */
function addNeighbour(
  level: Level,
  col: number,
  nb: number,
  g: Float64Array,
  gAtNeighbour: boolean,
  x: Float64Array,
) {
  const lo = Math.max(level.kLo[col]!, level.kLo[nb]!);
  const hi = Math.min(level.kHi[col]!, level.kHi[nb]!);
  const s = level.columnScratch;
  const first = level.kLo[col]!;
  const base = level.colBase[col]!;
  const nbBase = level.colBase[nb]!;
  const gBase = gAtNeighbour ? nbBase : base;
  for (let k = lo; k <= hi; k++) s[k - first] = s[k - first]! + g[gBase + k]! * x[nbBase + k]!;
}

function solveColumn(level: Level, rhs: Float64Array, x: Float64Array, i: number, j: number): void {
  const {
    nx,
    ny,
    gx,
    gy,
    gz,
    kLo,
    kHi,
    colBase,
    lineUpper,
    linePivotInv,
    columnScratch: s,
  } = level;
  const col = j * nx + i;
  const lo = kLo[col]!;
  const hi = kHi[col]!;
  if (lo > hi) return;
  const base = colBase[col]!;
  for (let k = lo; k <= hi; k++) s[k - lo] = rhs[base + k]!;
  // In-plane coupling folded into the right-hand side (west/south faces live in the neighbour).
  if (i > 0) addNeighbour(level, col, col - 1, gx, true, x);
  if (i < nx - 1) addNeighbour(level, col, col + 1, gx, false, x);
  if (j > 0) addNeighbour(level, col, col - nx, gy, true, x);
  if (j < ny - 1) addNeighbour(level, col, col + nx, gy, false, x);
  let prev = 0;
  for (let k = lo; k <= hi; k++) {
    const c = base + k;
    let v = s[k - lo]!;
    if (k > lo) v += gz[c - 1]! * prev;
    prev = v * linePivotInv[c]!;
    x[c] = prev;
  }
  for (let k = hi - 1; k >= lo; k--) {
    const c = base + k;
    x[c] = x[c]! - lineUpper[c]! * x[c + 1]!;
  }
}
