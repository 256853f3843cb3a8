/**
 * One level of the multigrid hierarchy: a 7-point conductance operator on a structured
 * grid, stored matrix-free as face conductances. Row c reads
 * (A·T)_c = diag_c·T_c − Σ_faces g·T_neighbour, with diag_c = Σ g + gBoundary_c.
 *
 * Storage is compact: only the range kLo…kHi of each (i, j) column that holds material is
 * stored, z contiguous, so cell (col, k) has index colBase[col] + k. Empty cells inside a
 * range are identity rows holding zero; empty space outside the ranges costs nothing.
 */
export interface Level {
  nx: number;
  ny: number;
  nz: number;
  /** Cell edges of this level in x and y, mm (z is never coarsened). */
  xMm: Float64Array;
  yMm: Float64Array;
  /** First and last stored k of each column (kLo > kHi for an empty column). */
  kLo: Int32Array;
  kHi: Int32Array;
  /** Index of cell (col, k) is colBase[col] + k. */
  colBase: Int32Array;
  /** Number of stored cells. */
  n: number;
  /** Conductance to the +x, +y and +z neighbour, W/K (0 where there is none). */
  gx: Float64Array;
  gy: Float64Array;
  gz: Float64Array;
  /** Conductance from the cell to its fixed-temperature surroundings, W/K. */
  gBoundary: Float64Array;
  diag: Float64Array;
  /** 1 for a cell that conducts (part of the solve), 0 for an identity row. */
  active: Uint8Array;
  /** Thomas factors of each column's tridiagonal block (see lineSmoother.ts). */
  lineUpper: Float64Array;
  linePivotInv: Float64Array;
  /**
   * Work vectors: right-hand side and correction (coarse levels; empty on the finest,
   * where the CG iteration passes its own vectors) and residual.
   */
  rhs: Float64Array;
  correction: Float64Array;
  residual: Float64Array;
  /** One column's right-hand side, used by the line smoother. */
  columnScratch: Float64Array;
}

/** A level with zeroed arrays for the given column ranges; `isCoarse` adds rhs and correction. */
export function allocateLevel(
  nx: number,
  ny: number,
  nz: number,
  xMm: Float64Array,
  yMm: Float64Array,
  kLo: Int32Array,
  kHi: Int32Array,
  isCoarse: boolean,
): Level {
  const colBase = new Int32Array(nx * ny);
  let n = 0;
  for (let col = 0; col < nx * ny; col++) {
    colBase[col] = n - kLo[col]!;
    if (kHi[col]! >= kLo[col]!) n += kHi[col]! - kLo[col]! + 1;
  }
  const f = () => new Float64Array(n);
  return {
    nx,
    ny,
    nz,
    xMm,
    yMm,
    kLo,
    kHi,
    colBase,
    n,
    gx: f(),
    gy: f(),
    gz: f(),
    gBoundary: f(),
    diag: f(),
    active: new Uint8Array(n),
    lineUpper: f(),
    linePivotInv: f(),
    rhs: new Float64Array(isCoarse ? n : 0),
    correction: new Float64Array(isCoarse ? n : 0),
    residual: f(),
    columnScratch: new Float64Array(nz),
  };
}

/**
 * Fills diag from the conductances, marks cells without any as identity rows and factors
 * the column blocks. Call once the g arrays are final.
 */
export function finishLevel(level: Level): void {
  const { nx, ny, gx, gy, gz, gBoundary, diag, kLo, kHi, colBase } = level;
  diag.set(gBoundary);
  for (let col = 0; col < nx * ny; col++) {
    const base = colBase[col]!;
    for (let k = kLo[col]!; k < kHi[col]!; k++) {
      const g = gz[base + k]!;
      diag[base + k] = diag[base + k]! + g;
      diag[base + k + 1] = diag[base + k + 1]! + g;
    }
  }
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const col = j * nx + i;
      if (i < nx - 1) addFaceDiagonal(level, col, col + 1, gx, diag);
      if (j < ny - 1) addFaceDiagonal(level, col, col + nx, gy, diag);
    }
  }
  for (let c = 0; c < level.n; c++) {
    level.active[c] = diag[c]! > 0 ? 1 : 0;
    if (!(diag[c]! > 0)) diag[c] = 1;
  }
  factorColumns(level);
}

function addFaceDiagonal(
  level: Level,
  col: number,
  nb: number,
  g: Float64Array,
  diag: Float64Array,
) {
  const lo = Math.max(level.kLo[col]!, level.kLo[nb]!);
  const hi = Math.min(level.kHi[col]!, level.kHi[nb]!);
  const base = level.colBase[col]!;
  const nbBase = level.colBase[nb]!;
  for (let k = lo; k <= hi; k++) {
    const gf = g[base + k]!;
    diag[base + k] = diag[base + k]! + gf;
    diag[nbBase + k] = diag[nbBase + k]! + gf;
  }
}

/** Thomas factorisation of every column block (diagonally dominant, so no pivoting). */
function factorColumns(level: Level): void {
  const { gz, diag, kLo, kHi, colBase, lineUpper, linePivotInv } = level;
  for (let col = 0; col < kLo.length; col++) {
    const base = colBase[col]!;
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

/** y = A·x (x must be zero on identity rows). */
export function applyOperator(level: Level, x: Float64Array, y: Float64Array): void {
  const { nx, ny, gx, gy, gz, diag, kLo, kHi, colBase } = level;
  for (let col = 0; col < nx * ny; col++) {
    const base = colBase[col]!;
    const lo = kLo[col]!;
    const hi = kHi[col]!;
    for (let k = lo; k <= hi; k++) {
      const c = base + k;
      let s = diag[c]! * x[c]!;
      if (k > lo) s -= gz[c - 1]! * x[c - 1]!;
      if (k < hi) s -= gz[c]! * x[c + 1]!;
      y[c] = s;
    }
  }
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const col = j * nx + i;
      if (i < nx - 1) subtractFaceFlux(level, col, col + 1, gx, x, y);
      if (j < ny - 1) subtractFaceFlux(level, col, col + nx, gy, x, y);
    }
  }
}

function subtractFaceFlux(
  level: Level,
  col: number,
  nb: number,
  g: Float64Array,
  x: Float64Array,
  y: Float64Array,
) {
  const lo = Math.max(level.kLo[col]!, level.kLo[nb]!);
  const hi = Math.min(level.kHi[col]!, level.kHi[nb]!);
  const base = level.colBase[col]!;
  const nbBase = level.colBase[nb]!;
  for (let k = lo; k <= hi; k++) {
    const gf = g[base + k]!;
    y[base + k] = y[base + k]! - gf * x[nbBase + k]!;
    y[nbBase + k] = y[nbBase + k]! - gf * x[base + k]!;
  }
}

/** The full-grid vector (index (j·nx + i)·nz + k, zero outside the ranges) of a level vector. */
export function expandToFull<T extends Float64Array | Uint8Array>(level: Level, v: T): T {
  const { nz, kLo, kHi, colBase } = level;
  const full = new (v.constructor as new (length: number) => T)(kLo.length * nz);
  for (let col = 0; col < kLo.length; col++) {
    for (let k = kLo[col]!; k <= kHi[col]!; k++) full[col * nz + k] = v[colBase[col]! + k]!;
  }
  return full;
}

/** The level vector of a full-grid vector, zero on identity rows. */
export function gatherFromFull(level: Level, full: Float64Array): Float64Array {
  const { nz, kLo, kHi, colBase, active } = level;
  const v = new Float64Array(level.n);
  for (let col = 0; col < kLo.length; col++) {
    for (let k = kLo[col]!; k <= kHi[col]!; k++) {
      const c = colBase[col]! + k;
      if (active[c]) v[c] = full[col * nz + k]!;
    }
  }
  return v;
}
