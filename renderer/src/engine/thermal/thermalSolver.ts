import { buildFineSystem, type FineSystem } from './fineLevel';
import { buildMesh, withSources, type ExplicitLines } from './buildMesh';
import { sameGeometry } from './sameGeometry';
import { expandToFull, gatherFromFull } from './level';
import { energyBalance, type EnergyBalance } from './energyBalance';
import { buildDeflation, deflatedPrecondition, type Deflation } from './deflation';
import { buildHierarchy, vCycle, type Hierarchy } from './multigrid';
import { PcgIteration, RELATIVE_RESIDUAL_TOLERANCE } from './pcg';
import type { MeshPreset, ThermalMesh, ThermalProblem } from './types';

/** Options of a solve. */
export interface ThermalSolverOptions {
  /** Cap on conjugate-gradient iterations per solved case (default 500). */
  maxIterations?: number;
  tolerance?: number;
  /**
   * Extra source-only cases (W per mesh cell) on the same operator with every sink at ambient (coolant
   * offsets removed): their solutions are pure responses to those sources, used for the
   * coupling coefficients by superposition. Called once the mesh exists.
   */
  extraCases?: (mesh: ThermalMesh) => Float64Array[];
  /**
   * First guess of the main case's rise over ambient on the mesh's full grid (warmStart.ts);
   * default zero. Called once the mesh exists.
   */
  initialRise?: (mesh: ThermalMesh) => Float64Array;
  /**
   * A finished solve of a problem with the same geometry (sameGeometry.ts) on the same grid:
   * its mesh, operator, hierarchy and deflation are reused and only the sources are spread
   * anew, so the solve goes straight to the iteration. Ignored when the geometry differs.
   */
  reuse?: ThermalSolver;
}

type Phase = 'mesh' | 'operator' | 'hierarchy' | 'iterate' | 'done';

/**
 * Stepwise steady-state solver (like tscircuit's BaseSolver): each `step()` does one
 * bounded piece of work — build the mesh, the operator, the multigrid hierarchy, then
 * one preconditioned CG iteration at a time — so the worker can run slices, report
 * `progress` and drop the solve. `solved` / `failed` end it; `error` says why it failed.
 */
export class ThermalSolver {
  solved = false;
  failed = false;
  error = '';
  /** CG iterations of the main case. */
  iterations = 0;
  /** CG iterations of all cases. */
  totalIterations = 0;
  mesh: ThermalMesh | undefined;
  system: FineSystem | undefined;
  /** Rise over ambient per cell of the main case, K (0 on empty cells). */
  riseK: Float64Array | undefined;
  /** Rise per cell of each extra case, K. */
  caseRiseK: Float64Array[] = [];
  balance: EnergyBalance | undefined;
  relativeResidual = 1;
  private phase: Phase = 'mesh';
  private hierarchy: Hierarchy | undefined;
  private cases: Float64Array[] = [];
  private caseIndex = 0;
  private pcg: PcgIteration | undefined;
  private deflation: Deflation | null = null;
  private readonly maxIterations: number;
  private readonly tolerance: number;

  /**
   * @param grid a mesh preset, explicit grid lines, or a mesh already built from this
   *   problem (for instance with sources replaced, as the grid-convergence test does).
   */
  constructor(
    readonly problem: ThermalProblem,
    private readonly grid: MeshPreset | ExplicitLines | ThermalMesh,
    private readonly options: ThermalSolverOptions = {},
  ) {
    this.maxIterations = options.maxIterations ?? 500;
    this.tolerance = options.tolerance ?? RELATIVE_RESIDUAL_TOLERANCE;
  }

  /** Fraction of the work done, 0…1, never decreasing. */
  get progress(): number {
    const setup = { mesh: 0, operator: 0.04, hierarchy: 0.08, iterate: 0.12, done: 1 }[this.phase];
    if (this.phase !== 'iterate' || !this.pcg) return setup;
    const frac = Math.min(
      1,
      Math.max(0, Math.log(this.pcg.relativeResidual) / Math.log(this.tolerance)),
    );
    return setup + ((1 - setup) * (this.caseIndex + frac)) / this.cases.length;
  }

  /** Runs steps until solved or failed. */
  solve(): this {
    while (!this.solved && !this.failed) this.step();
    return this;
  }

  /** One bounded piece of work (a build phase or one CG iteration); never throws. */
  step(): void {
    if (this.solved || this.failed) return;
    try {
      this.advance();
    } catch (e) {
      this.fail(e instanceof Error ? e.message : String(e));
    }
  }

  private advance(): void {
    if (this.phase === 'mesh' && this.reuseFrom(this.options.reuse)) {
      this.startCases();
    } else if (this.phase === 'mesh') {
      this.mesh = 'owner' in this.grid ? this.grid : buildMesh(this.problem, this.grid);
      this.phase = 'operator';
    } else if (this.phase === 'operator') {
      this.system = buildFineSystem(this.mesh!, this.problem);
      if (this.system.isolated.powerW > 0) {
        return this.fail(
          `${this.system.isolated.powerW.toPrecision(3)} W is dissipated in parts with no path to a heatsink or exposed face`,
        );
      }
      this.phase = 'hierarchy';
    } else if (this.phase === 'hierarchy') {
      this.hierarchy = buildHierarchy(this.system!.level);
      this.deflation = buildDeflation(
        this.system!.level,
        this.mesh!.owner,
        this.problem.boxes.length,
      );
      this.startCases();
    } else if (this.phase === 'iterate') {
      this.iterateCase();
    }
  }

  /** Takes over a finished solve's mesh, operator and hierarchy when its geometry is this one's. */
  private reuseFrom(other: ThermalSolver | undefined): boolean {
    if (!other?.solved || !other.mesh || !other.system || !other.hierarchy) return false;
    if (other.grid !== this.grid || !sameGeometry(other.problem, this.problem)) return false;
    const level = other.system.level;
    this.mesh = withSources(other.mesh, this.problem.boxes);
    const before = gatherFromFull(level, other.mesh.sourceW);
    const after = gatherFromFull(level, this.mesh.sourceW);
    const rhs = other.system.rhs.slice();
    for (let c = 0; c < rhs.length; c++) rhs[c] = rhs[c]! - before[c]! + after[c]!;
    this.system = { ...other.system, rhs };
    this.hierarchy = other.hierarchy;
    this.deflation = other.deflation;
    return true;
  }

  /** The right-hand sides to solve (main, then extra cases), and the first one started. */
  private startCases(): void {
    const extra = (this.options.extraCases?.(this.mesh!) ?? []).map((full) =>
      gatherFromFull(this.system!.level, full),
    );
    this.cases = [this.system!.rhs, ...extra];
    this.startCase();
    this.phase = 'iterate';
  }

  private startCase(): void {
    const n = this.system!.level.n;
    const hierarchy = this.hierarchy!;
    const level = this.system!.level;
    const deflation = this.deflation;
    const work = new Float64Array(n);
    const precondition = deflation
      ? (r: Float64Array, z: Float64Array) =>
          deflatedPrecondition(deflation, level, (a, b) => vCycle(hierarchy, a, b), r, z, work)
      : undefined;
    const guess =
      this.caseIndex === 0 && this.options.initialRise
        ? gatherFromFull(level, this.options.initialRise(this.mesh!))
        : new Float64Array(n);
    this.pcg = new PcgIteration(
      hierarchy,
      this.cases[this.caseIndex]!,
      guess,
      this.tolerance,
      precondition,
    );
  }

  private iterateCase(): void {
    const pcg = this.pcg!;
    if (!pcg.converged) {
      if (pcg.iterations >= this.maxIterations) {
        return this.fail(
          `no convergence in ${this.maxIterations} iterations (relative residual ${pcg.relativeResidual.toExponential(2)})`,
        );
      }
      pcg.step();
      if (!Number.isFinite(pcg.relativeResidual)) return this.fail('the iteration diverged');
      return;
    }
    this.totalIterations += pcg.iterations;
    if (this.caseIndex === 0) {
      this.riseK = expandToFull(this.system!.level, pcg.x);
      this.iterations = pcg.iterations;
      this.relativeResidual = pcg.relativeResidual;
      this.balance = energyBalance(this.system!, this.mesh!.sourceW, pcg.x, this.problem.ambientC);
    } else {
      this.caseRiseK.push(expandToFull(this.system!.level, pcg.x));
    }
    this.caseIndex++;
    if (this.caseIndex < this.cases.length) {
      this.startCase();
    } else {
      this.phase = 'done';
      this.solved = true;
    }
  }

  private fail(message: string): void {
    this.failed = true;
    this.error = message;
  }
}
