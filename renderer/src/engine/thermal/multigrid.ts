import { canCoarsen, coarsenLevel, prolongAdd, restrict, type CoarseMap } from './coarsenLevel';
import { applyOperator, type Level } from './level';
import { lineSweep } from './lineSmoother';

/** Levels from fine to coarse with the maps between neighbours. */
export interface Hierarchy {
  levels: Level[];
  maps: CoarseMap[];
  /** Per level: the second visit's right-hand side and correction (W-cycle work vectors). */
  rhs2: Float64Array[];
  correction2: Float64Array[];
}

/**
 * Builds the hierarchy by agglomerating x/y pairs until one column is left; the coarsest
 * level is then a single tridiagonal system that one line sweep solves exactly.
 */
export function buildHierarchy(fine: Level): Hierarchy {
  const levels = [fine];
  const maps: CoarseMap[] = [];
  let current = fine;
  while (canCoarsen(current)) {
    const { coarse, map } = coarsenLevel(current);
    levels.push(coarse);
    maps.push(map);
    current = coarse;
  }
  // Only coarse levels are visited twice: no second vectors on the finest (a third of n in all).
  const second = (l: Level, i: number) => new Float64Array(i === 0 ? 0 : l.n);
  const rhs2 = levels.map(second);
  const correction2 = levels.map(second);
  return { levels, maps, rhs2, correction2 };
}

const GAMMA = 2;

/** Smoothing sweeps before and after the coarse correction on each level. */
export const SWEEPS_PER_SIDE = 2;

/**
 * One symmetric V-cycle: z = M⁻¹ r, the multigrid preconditioner of the conjugate
 * gradient iteration. Starts from a zero correction on every level, so it is a fixed
 * linear, symmetric and positive definite operator (forward sweeps before the coarse
 * correction, the same number of backward sweeps after).
 */
export function vCycle(h: Hierarchy, r: Float64Array, z: Float64Array): void {
  cycle(h, 0, r, z);
}

function cycle(h: Hierarchy, l: number, r: Float64Array, e: Float64Array): void {
  const level = h.levels[l]!;
  e.fill(0);
  for (let s = 0; s < SWEEPS_PER_SIDE; s++) lineSweep(level, r, e, true);
  const coarse = h.levels[l + 1];
  if (!coarse) return;
  const map = h.maps[l]!;
  const res = level.residual;
  applyOperator(level, e, res);
  for (let c = 0; c < level.n; c++) res[c] = r[c]! - res[c]!;
  restrict(level, map, res, coarse, coarse.rhs);
  cycle(h, l + 1, coarse.rhs, coarse.correction);
  if (GAMMA > 1 && h.levels[l + 2]) {
    const r2 = h.rhs2[l + 1]!;
    const e2 = h.correction2[l + 1]!;
    applyOperator(coarse, coarse.correction, r2);
    for (let c = 0; c < coarse.n; c++) r2[c] = coarse.rhs[c]! - r2[c]!;
    cycle(h, l + 1, r2, e2);
    for (let c = 0; c < coarse.n; c++) coarse.correction[c] = coarse.correction[c]! + e2[c]!;
  }
  prolongAdd(level, map, coarse, coarse.correction, e);
  for (let s = 0; s < SWEEPS_PER_SIDE; s++) lineSweep(level, r, e, false);
}
