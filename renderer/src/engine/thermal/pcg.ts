import { applyOperator } from './level';
import { vCycle, type Hierarchy } from './multigrid';

/** Convergence test of the conjugate gradient iteration: ‖b − A·x‖₂ ≤ tolerance · ‖b‖₂. */
export const RELATIVE_RESIDUAL_TOLERANCE = 1e-8;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Preconditioned conjugate gradient (Hestenes–Stiefel, with the multigrid V-cycle of
 * multigrid.ts as preconditioner) run one iteration per `step()`, so a caller can slice
 * the work, report progress and abandon it. Solves A·x = b on the finest level in place
 * in `x` (its start value is the initial guess).
 */
export class PcgIteration {
  readonly x: Float64Array;
  iterations = 0;
  relativeResidual = 1;
  converged = false;
  private readonly r: Float64Array;
  private readonly z: Float64Array;
  private readonly p: Float64Array;
  private readonly q: Float64Array;
  private readonly bNorm: number;
  private rz = 0;

  private readonly precondition: (r: Float64Array, z: Float64Array) => void;

  /**
   * @param precondition z = M⁻¹ r (default: one V-cycle of `hierarchy`); must be symmetric
   *   positive definite.
   */
  constructor(
    private readonly hierarchy: Hierarchy,
    b: Float64Array,
    x: Float64Array,
    private readonly tolerance = RELATIVE_RESIDUAL_TOLERANCE,
    precondition?: (r: Float64Array, z: Float64Array) => void,
  ) {
    this.precondition = precondition ?? ((r, z) => vCycle(hierarchy, r, z));
    const n = b.length;
    this.x = x;
    this.r = new Float64Array(n);
    this.z = new Float64Array(n);
    this.p = new Float64Array(n);
    this.q = new Float64Array(n);
    const fine = hierarchy.levels[0]!;
    applyOperator(fine, x, this.q);
    for (let i = 0; i < n; i++) this.r[i] = fine.active[i] ? b[i]! - this.q[i]! : 0;
    this.bNorm = Math.sqrt(dot(b, b));
    this.relativeResidual = this.bNorm > 0 ? Math.sqrt(dot(this.r, this.r)) / this.bNorm : 0;
    this.converged = this.relativeResidual <= tolerance;
    if (!this.converged) {
      this.precondition(this.r, this.z);
      this.p.set(this.z);
      this.rz = dot(this.r, this.z);
    }
  }

  /** One CG iteration; returns true once converged. */
  step(): boolean {
    if (this.converged) return true;
    const { x, r, z, p, q } = this;
    applyOperator(this.hierarchy.levels[0]!, p, q);
    const alpha = this.rz / dot(p, q);
    let rr = 0;
    for (let i = 0; i < x.length; i++) {
      x[i] = x[i]! + alpha * p[i]!;
      const ri = r[i]! - alpha * q[i]!;
      r[i] = ri;
      rr += ri * ri;
    }
    this.iterations++;
    this.relativeResidual = Math.sqrt(rr) / this.bNorm;
    if (this.relativeResidual <= this.tolerance) {
      this.converged = true;
      return true;
    }
    this.precondition(r, z);
    const rzNew = dot(r, z);
    const beta = rzNew / this.rz;
    this.rz = rzNew;
    for (let i = 0; i < p.length; i++) p[i] = z[i]! + beta * p[i]!;
    return false;
  }
}
