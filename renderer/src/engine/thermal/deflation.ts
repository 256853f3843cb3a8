/**
 * Deflation of the multigrid-preconditioned CG by the boxes of the thermal problem: one
 * coarse vector per box (the indicator of its cells), so the temperature level of every part
 * layer and carrier layer is solved exactly in each iteration. High-contrast stacks (a
 * module or an engine joined to the board through thin, poorly conducting layers) have one
 * slow mode per weakly joined body — the body's temperature level against its surroundings
 * — which the geometric 2×2 agglomeration cannot represent once its aggregates straddle the
 * body's edge, so the V-cycle alone leaves them to CG (one extra iteration or so each).
 * Vuik, Segal and Meijerink, "An efficient preconditioned CG method for the solution of a
 * class of layered problems with extreme contrasts in the coefficients", J. Comput. Phys.
 * 152 (1999) 385–403: deflation with the subdomain indicators of the high-k layers.
 *
 * Preconditioner (balancing / BNN form, symmetric positive definite, Tang, Nabben, Vuik and
 * Erlangga, J. Sci. Comput. 39 (2009) 340–370): with Z the box indicators, E = ZᵀAZ and
 * Q = Z E⁻¹ Zᵀ, z = Pᵀ V P r + Q r, P = I − A Q, where V is the V-cycle. E is assembled
 * from the face conductances between boxes and factored once (dense Cholesky; designs with
 * more than MAX_DEFLATION_BOXES boxes are not deflated: their E would cost more than it saves).
 */
import { applyOperator, type Level } from './level';

/** Largest box count deflated (a dense m×m Cholesky: 1200³/3 ≈ 6e8 flops). */
export const MAX_DEFLATION_BOXES = 1200;

/** The factored coarse space of the box indicators on the finest level. */
export interface Deflation {
  /** Box (group) of each stored cell, −1 on identity rows. */
  readonly group: Int32Array;
  readonly m: number;
  /** Lower Cholesky factor of E, row-major m×m. */
  readonly chol: Float64Array;
  readonly coarse: Float64Array;
  readonly qr: Float64Array;
  readonly aq: Float64Array;
}

/** Group of each stored cell of `level` from the full-grid box owner (−1 outside material). */
function groupsOf(level: Level, ownerFull: Int32Array): Int32Array {
  const { nz, kLo, kHi, colBase, active } = level;
  const group = new Int32Array(level.n).fill(-1);
  for (let col = 0; col < kLo.length; col++)
    for (let k = kLo[col]!; k <= kHi[col]!; k++) {
      const c = colBase[col]! + k;
      if (active[c]) group[c] = ownerFull[col * nz + k]!;
    }
  return group;
}

/** Builds the deflation of `level` by the boxes of `ownerFull`; null when too many boxes. */
export function buildDeflation(
  level: Level,
  ownerFull: Int32Array,
  boxCount: number,
): Deflation | null {
  if (boxCount < 2 || boxCount > MAX_DEFLATION_BOXES) return null;
  const group = groupsOf(level, ownerFull);
  const used = new Int32Array(boxCount).fill(-1);
  let m = 0;
  for (let c = 0; c < level.n; c++) {
    const g = group[c]!;
    if (g >= 0 && used[g] === -1) used[g] = m++;
    if (g >= 0) group[c] = used[g]!;
  }
  if (m < 2) return null;
  const e = assembleCoarse(level, group, m);
  if (!cholesky(e, m)) return null;
  return {
    group,
    m,
    chol: e,
    coarse: new Float64Array(m),
    qr: new Float64Array(level.n),
    aq: new Float64Array(level.n),
  };
}

/** E = ZᵀAZ: boundary conductance on the diagonal, each face between two groups coupling them. */
function assembleCoarse(level: Level, group: Int32Array, m: number): Float64Array {
  const e = new Float64Array(m * m);
  const { nx, ny, gx, gy, gz, gBoundary, kLo, kHi, colBase } = level;
  const face = (a: number, b: number, g: number) => {
    const ga = group[a]!;
    const gb = group[b]!;
    if (ga < 0 || gb < 0 || ga === gb || g === 0) return;
    e[ga * m + ga] = e[ga * m + ga]! + g;
    e[gb * m + gb] = e[gb * m + gb]! + g;
    e[ga * m + gb] = e[ga * m + gb]! - g;
    e[gb * m + ga] = e[gb * m + ga]! - g;
  };
  for (let c = 0; c < level.n; c++) {
    const g = group[c]!;
    if (g >= 0) e[g * m + g] = e[g * m + g]! + gBoundary[c]!;
  }
  for (let col = 0; col < nx * ny; col++) {
    const base = colBase[col]!;
    for (let k = kLo[col]!; k < kHi[col]!; k++) face(base + k, base + k + 1, gz[base + k]!);
    const i = col % nx;
    const j = (col - i) / nx;
    for (const [nb, g, ok] of [
      [col + 1, gx, i < nx - 1],
      [col + nx, gy, j < ny - 1],
    ] as const) {
      if (!ok) continue;
      const lo = Math.max(kLo[col]!, kLo[nb]!);
      const hi = Math.min(kHi[col]!, kHi[nb]!);
      const nbBase = colBase[nb]!;
      for (let k = lo; k <= hi; k++) face(base + k, nbBase + k, g[base + k]!);
    }
  }
  return e;
}

/** In-place dense Cholesky (lower triangle); false when E is not positive definite. */
function cholesky(a: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let d = a[j * m + j]!;
    for (let k = 0; k < j; k++) d -= a[j * m + k]! * a[j * m + k]!;
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    a[j * m + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j]!;
      for (let k = 0; k < j; k++) s -= a[i * m + k]! * a[j * m + k]!;
      a[i * m + j] = s / ljj;
    }
  }
  return true;
}

/** out = Q·r = Z E⁻¹ Zᵀ r. */
function applyQ(d: Deflation, r: Float64Array, out: Float64Array): void {
  const { group, m, chol, coarse } = d;
  coarse.fill(0);
  for (let c = 0; c < r.length; c++) {
    const g = group[c]!;
    if (g >= 0) coarse[g] = coarse[g]! + r[c]!;
  }
  for (let i = 0; i < m; i++) {
    let s = coarse[i]!;
    for (let k = 0; k < i; k++) s -= chol[i * m + k]! * coarse[k]!;
    coarse[i] = s / chol[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = coarse[i]!;
    for (let k = i + 1; k < m; k++) s -= chol[k * m + i]! * coarse[k]!;
    coarse[i] = s / chol[i * m + i]!;
  }
  for (let c = 0; c < out.length; c++) {
    const g = group[c]!;
    out[c] = g >= 0 ? coarse[g]! : 0;
  }
}

/**
 * z = Pᵀ V P r + Q r with P = I − A Q (`precondition` is V). `work` is a scratch vector of
 * the level's length.
 */
export function deflatedPrecondition(
  d: Deflation,
  level: Level,
  precondition: (r: Float64Array, z: Float64Array) => void,
  r: Float64Array,
  z: Float64Array,
  work: Float64Array,
): void {
  const { qr, aq } = d;
  applyQ(d, r, qr);
  applyOperator(level, qr, aq);
  for (let c = 0; c < r.length; c++) work[c] = r[c]! - aq[c]!;
  precondition(work, z);
  applyOperator(level, z, aq);
  applyQ(d, aq, work);
  for (let c = 0; c < z.length; c++) z[c] = z[c]! - work[c]! + qr[c]!;
}
