import type { Level } from './level';

/** Solid cells with no conductive path to any sink or exposed face. */
export interface IsolatedCells {
  count: number;
  /** Power generated in them, W: it has nowhere to go, so the problem has no steady state. */
  powerW: number;
}

/**
 * Finds solid cells that no conductance path links to a boundary (a floating part on an
 * adiabatic design) and cuts them out of the operator, which would otherwise be singular.
 * `isSolid` marks the cells that hold material; `rhs` is zeroed on the removed cells.
 */
export function removeIsolatedCells(
  level: Level,
  isSolid: (c: number) => boolean,
  rhs: Float64Array,
): IsolatedCells {
  const { nx, ny, nz, gx, gy, gz, gBoundary } = level;
  const n = nx * ny * nz;
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let c = 0; c < n; c++) {
    if (gBoundary[c]! > 0) {
      reached[c] = 1;
      queue[tail++] = c;
    }
  }
  const sx = nz;
  const sy = nx * nz;
  while (head < tail) {
    const c = queue[head++]!;
    const k = c % nz;
    const col = (c - k) / nz;
    const i = col % nx;
    const j = (col - i) / nx;
    // Neighbour and the conductance of the face towards it, for the six faces.
    const around = [
      k > 0 ? c - 1 : -1,
      k > 0 ? gz[c - 1]! : 0,
      k < nz - 1 ? c + 1 : -1,
      gz[c]!,
      i > 0 ? c - sx : -1,
      i > 0 ? gx[c - sx]! : 0,
      i < nx - 1 ? c + sx : -1,
      gx[c]!,
      j > 0 ? c - sy : -1,
      j > 0 ? gy[c - sy]! : 0,
      j < ny - 1 ? c + sy : -1,
      gy[c]!,
    ];
    for (let f = 0; f < 12; f += 2) {
      const nb = around[f]!;
      if (nb >= 0 && around[f + 1]! > 0 && !reached[nb]) {
        reached[nb] = 1;
        queue[tail++] = nb;
      }
    }
  }
  let count = 0;
  let powerW = 0;
  for (let c = 0; c < n; c++) {
    if (reached[c] || !isSolid(c)) continue;
    count++;
    powerW += rhs[c]!;
    rhs[c] = 0;
    gx[c] = 0;
    gy[c] = 0;
    gz[c] = 0;
    if (c >= sx) gx[c - sx] = 0;
    if (c >= sy) gy[c - sy] = 0;
    if (c >= 1) gz[c - 1] = 0;
  }
  return { count, powerW };
}
