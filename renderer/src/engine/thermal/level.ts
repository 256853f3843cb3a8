/**
 * One level of the multigrid hierarchy: a 7-point conductance operator on a structured
 * grid, stored matrix-free as face conductances. Row c of the operator reads
 * (A·T)_c = diag_c·T_c − Σ_faces g·T_neighbour, with diag_c = Σ g + gBoundary_c.
 * Cells with no conductance at all (empty space) are identity rows holding zero.
 */
export interface Level {
  nx: number;
  ny: number;
  nz: number;
  /** Cell edges of this level in x and y, mm (z is never coarsened). */
  xMm: Float64Array;
  yMm: Float64Array;
  /** Conductance to the +x, +y and +z neighbour, W/K (0 at the last cell of a line). */
  gx: Float64Array;
  gy: Float64Array;
  gz: Float64Array;
  /** Conductance from the cell to its fixed-temperature surroundings, W/K. */
  gBoundary: Float64Array;
  diag: Float64Array;
  /** 1 for a cell that conducts (part of the solve), 0 for empty space. */
  active: Uint8Array;
  /** First and last non-empty k of each column (kLo > kHi for an empty column). */
  kLo: Int32Array;
  kHi: Int32Array;
  /**
   * The active ranges as flat [start, end) cell-index pairs, one per non-empty column:
   * vector operations loop over these only (every vector is zero elsewhere).
   */
  runs: Int32Array;
  /** Thomas factors of each column's tridiagonal block (see lineSmoother.ts). */
  lineUpper: Float64Array;
  linePivotInv: Float64Array;
  /**
   * Work vectors: right-hand side and correction (coarse levels only; on the finest level
   * the CG iteration passes its own vectors, so these are empty) and residual.
   */
  rhs: Float64Array;
  correction: Float64Array;
  residual: Float64Array;
}

/** A level with its arrays allocated (zeroed); `isCoarse` adds the right-hand side and correction. */
export function allocateLevel(
  nx: number,
  ny: number,
  nz: number,
  xMm: Float64Array,
  yMm: Float64Array,
  isCoarse: boolean,
): Level {
  const n = nx * ny * nz;
  const columns = nx * ny;
  return {
    nx,
    ny,
    nz,
    xMm,
    yMm,
    gx: new Float64Array(n),
    gy: new Float64Array(n),
    gz: new Float64Array(n),
    gBoundary: new Float64Array(n),
    diag: new Float64Array(n),
    active: new Uint8Array(n),
    kLo: new Int32Array(columns),
    kHi: new Int32Array(columns),
    runs: new Int32Array(0),
    lineUpper: new Float64Array(n),
    linePivotInv: new Float64Array(n),
    rhs: new Float64Array(isCoarse ? n : 0),
    correction: new Float64Array(isCoarse ? n : 0),
    residual: new Float64Array(n),
  };
}

/**
 * Fills diag from the conductances, marks empty cells as identity rows, finds each
 * column's active range and factors the column blocks. Call once the g arrays are final.
 */
export function finishLevel(level: Level): void {
  const { nx, ny, nz, gx, gy, gz, gBoundary, diag } = level;
  const sx = nz;
  const sy = nx * nz;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const col = j * nx + i;
      let lo = nz;
      let hi = -1;
      for (let k = 0; k < nz; k++) {
        const c = col * nz + k;
        let d = gx[c]! + gy[c]! + gz[c]! + gBoundary[c]!;
        if (i > 0) d += gx[c - sx]!;
        if (j > 0) d += gy[c - sy]!;
        if (k > 0) d += gz[c - 1]!;
        if (d > 0) {
          if (k < lo) lo = k;
          hi = k;
        }
        diag[c] = d > 0 ? d : 1;
        level.active[c] = d > 0 ? 1 : 0;
      }
      level.kLo[col] = lo;
      level.kHi[col] = hi;
    }
  }
  const runs: number[] = [];
  for (let col = 0; col < nx * ny; col++) {
    if (level.kLo[col]! <= level.kHi[col]!)
      runs.push(col * nz + level.kLo[col]!, col * nz + level.kHi[col]! + 1);
  }
  level.runs = Int32Array.from(runs);
  factorColumns(level);
}

/** Sets v to zero over the level's active ranges. */
export function zeroActive(level: Level, v: Float64Array): void {
  const { runs } = level;
  for (let s = 0; s < runs.length; s += 2) v.fill(0, runs[s]!, runs[s + 1]!);
}

/** Thomas factorisation of every column block (diagonally dominant, so no pivoting). */
function factorColumns(level: Level): void {
  const { nz, gz, diag, kLo, kHi, lineUpper, linePivotInv } = level;
  for (let col = 0; col < kLo.length; col++) {
    const base = col * nz;
    let upperPrev = 0;
    for (let k = kLo[col]!; k <= kHi[col]!; k++) {
      const c = base + k;
      const lower = k > kLo[col]! ? gz[c - 1]! : 0;
      const pivotInv = 1 / (diag[c]! + lower * upperPrev);
      linePivotInv[c] = pivotInv;
      upperPrev = k < kHi[col]! ? -gz[c]! * pivotInv : 0;
      lineUpper[c] = upperPrev;
    }
  }
}

/** y = A·x over the active cells (x must be zero on empty cells). */
export function applyOperator(level: Level, x: Float64Array, y: Float64Array): void {
  const { nx, ny, nz, gx, gy, gz, diag, kLo, kHi } = level;
  const sx = nz;
  const sy = nx * nz;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const col = j * nx + i;
      const base = col * nz;
      const hasW = i > 0;
      const hasE = i < nx - 1;
      const hasS = j > 0;
      const hasN = j < ny - 1;
      for (let k = kLo[col]!; k <= kHi[col]!; k++) {
        const c = base + k;
        let s = diag[c]! * x[c]!;
        if (k > 0) s -= gz[c - 1]! * x[c - 1]!;
        if (k < nz - 1) s -= gz[c]! * x[c + 1]!;
        if (hasW) s -= gx[c - sx]! * x[c - sx]!;
        if (hasE) s -= gx[c]! * x[c + sx]!;
        if (hasS) s -= gy[c - sy]! * x[c - sy]!;
        if (hasN) s -= gy[c]! * x[c + sy]!;
        y[c] = s;
      }
    }
  }
}
