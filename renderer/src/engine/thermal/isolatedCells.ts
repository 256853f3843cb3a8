import type { Level } from './level';

/** Solid cells with no conductive path to any sink or exposed face. */
export interface IsolatedCells {
  count: number;
  /** Power generated in them, W: it has nowhere to go, so the problem has no steady state. */
  powerW: number;
}

/**
 * Finds stored cells that no conductance path links to a boundary (a floating part on an
 * adiabatic design) and cuts them out of the operator, which would otherwise be singular:
 * their conductances and right-hand side are zeroed (every cell they touch is cut out too).
 * Call before finishLevel.
 */
export function removeIsolatedCells(level: Level, rhs: Float64Array): IsolatedCells {
  const { nx, ny, n, gx, gy, gz, gBoundary, kLo, kHi, colBase } = level;
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  const column = new Int32Array(n);
  let tail = 0;
  for (let col = 0; col < nx * ny; col++) {
    for (let k = kLo[col]!; k <= kHi[col]!; k++) {
      const c = colBase[col]! + k;
      column[c] = col;
      if (gBoundary[c]! > 0) {
        reached[c] = 1;
        queue[tail++] = c;
      }
    }
  }
  const visit = (c: number) => {
    if (!reached[c]) {
      reached[c] = 1;
      queue[tail++] = c;
    }
  };
  // Level index of (col, k) when that column stores k, else -1.
  const at = (col: number, k: number) =>
    k >= kLo[col]! && k <= kHi[col]! ? colBase[col]! + k : -1;
  for (let head = 0; head < tail; head++) {
    const c = queue[head]!;
    const col = column[c]!;
    const k = c - colBase[col]!;
    const i = col % nx;
    if (k > kLo[col]! && gz[c - 1]! > 0) visit(c - 1);
    if (k < kHi[col]! && gz[c]! > 0) visit(c + 1);
    const w = i > 0 ? at(col - 1, k) : -1;
    if (w >= 0 && gx[w]! > 0) visit(w);
    const e = i < nx - 1 ? at(col + 1, k) : -1;
    if (e >= 0 && gx[c]! > 0) visit(e);
    const s = col >= nx ? at(col - nx, k) : -1;
    if (s >= 0 && gy[s]! > 0) visit(s);
    const north = col < nx * (ny - 1) ? at(col + nx, k) : -1;
    if (north >= 0 && gy[c]! > 0) visit(north);
  }
  let count = 0;
  let powerW = 0;
  for (let c = 0; c < n; c++) {
    if (reached[c]) continue;
    const conducts = gx[c]! > 0 || gy[c]! > 0 || gz[c]! > 0 || (c > 0 && gz[c - 1]! > 0);
    if (conducts || rhs[c]! !== 0) count++;
    powerW += rhs[c]!;
  }
  for (let c = 0; c < n; c++) {
    if (reached[c]) continue;
    rhs[c] = 0;
    gx[c] = 0;
    gy[c] = 0;
    gz[c] = 0;
  }
  return { count, powerW };
}
