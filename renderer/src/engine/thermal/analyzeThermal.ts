import { mappedRise } from './warmStart';
import { designParts } from '../../model/designParts';
import { ringDriftNm } from '../../model/data/thermal';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { uniformInPlaneLines } from './buildMesh';
import { componentTemperatures } from './componentTemperatures';
import { componentSources, couplingPairs, thermalCouplings } from './coupling';
import { designToProblem } from './designToProblem';
import { findHotspots } from './hotspots';
import { layerSlices } from './layerSlices';
import { expandToFull } from './level';
import { meshPreset } from './meshPresets';
import { ThermalSolver } from './thermalSolver';
import type { OpticalCheck, ThermalResult } from './thermalResult';
import type { MeshPreset, ThermalProblem } from './types';

/** Options of a design's thermal analysis. */
export interface ThermalOptions {
  /** Mesh preset (default "normal"). */
  preset?: MeshPreset['name'];
  /** Solve the xPU-only cases for the xPU → optical-part coupling (default true). */
  couplings?: boolean;
  /**
   * Equal in-plane cells along x and y instead of the preset's graded lines (scaling
   * studies); z lines still come from the preset.
   */
  inPlaneCells?: number;
  /**
   * Uniform in-plane cells of about this size, mm, instead of the preset's graded lines: the
   * longer side of the design divided into ⌈extent / size⌉ cells, the shorter side into as
   * many (`inPlaneCells` wins when both are given); z lines from the preset.
   */
  inPlaneCellMm?: number;
  /**
   * A previous result whose field starts the main solve (warmStart.ts): the previous
   * revision's, or the previous power ⇄ thermal round's. The answer is the same to the
   * tolerance; only the iterations change.
   */
  warmStart?: Pick<ThermalResult, 'field' | 'ambientC'>;
  /**
   * The previous power ⇄ thermal round's solver: when only the watts changed, its mesh,
   * operator and hierarchy are reused (thermalSolver.ts `reuse`). Set by the coupled job.
   */
  reuse?: ThermalSolver;
  /** CG iteration cap per case (default 500). */
  maxIterations?: number;
  /** Dissipated power by component id, W, replacing the parts' powerW (designToProblem). */
  powerW?: ReadonlyMap<string, number>;
}

/** In-plane cells of an explicit uniform mesh, or undefined for the preset's graded lines. */
function uniformCells(problem: ThermalProblem, options: ThermalOptions): number | undefined {
  if (options.inPlaneCells) return options.inPlaneCells;
  const h = options.inPlaneCellMm;
  if (!h) return undefined;
  const extent = (a: 'x' | 'y') =>
    Math.max(...problem.boxes.map((b) => b.maxMm[a])) -
    Math.min(...problem.boxes.map((b) => b.minMm[a]));
  return Math.max(1, Math.ceil(Math.max(extent('x'), extent('y')) / h));
}

/**
 * The thermal analysis of a design as a stepwise job: `step()` advances the solver by one
 * bounded piece (mesh, operator, hierarchy, one CG iteration) and, once solved, builds the
 * result. The worker runs slices of steps and reads `progress`; `solveThermal` runs it to
 * the end.
 */
export class ThermalAnalysis {
  readonly solver: ThermalSolver;
  readonly problem: ThermalProblem;
  result: ThermalResult | undefined;
  /** The mesh as reported: the preset's name, or the uniform in-plane grid and the z preset. */
  readonly meshName: string;
  private readonly skipped: string[];

  constructor(
    readonly design: Design,
    readonly library: PartLibrary,
    readonly options: ThermalOptions = {},
  ) {
    const { problem, skipped } = designToProblem(design, library, { powerW: options.powerW });
    this.problem = problem;
    this.skipped = skipped;
    const { xpus } = couplingPairs(design, library);
    const wantCouplings = options.couplings ?? true;
    const preset = meshPreset(options.preset);
    const cells = uniformCells(problem, options);
    const grid = cells ? uniformInPlaneLines(problem, cells, preset) : preset;
    this.meshName = cells ? `${cells}×${cells} uniform in-plane, ${preset.name} z` : preset.name;
    this.solver = new ThermalSolver(problem, grid, {
      maxIterations: options.maxIterations,
      reuse: options.reuse,
      initialRise: options.warmStart
        ? (mesh) => mappedRise(options.warmStart!.field, options.warmStart!.ambientC, mesh)
        : undefined,
      extraCases: wantCouplings
        ? (mesh) => xpus.map((x) => componentSources(mesh, problem, x.id))
        : undefined,
    });
  }

  /** True once the result is built. */
  get solved(): boolean {
    return this.result !== undefined;
  }
  /** True when the solver gave up; `error` says why. */
  get failed(): boolean {
    return this.solver.failed;
  }
  /** Why the solve failed ('' otherwise). */
  get error(): string {
    return this.solver.error;
  }
  /** 0…1, never decreasing. */
  get progress(): number {
    return this.result ? 1 : Math.min(this.solver.progress, 0.999);
  }

  /** One bounded piece of work; builds the result after the last CG iteration. */
  step(): void {
    if (this.result || this.solver.failed) return;
    this.solver.step();
    if (this.solver.solved) this.result = this.buildResult();
  }

  private buildResult(): ThermalResult {
    const { design, library, problem, solver } = this;
    const mesh = solver.mesh!;
    const system = solver.system!;
    const ambientC = problem.ambientC;
    const active = expandToFull(system.level, system.level.active);
    const tempC = new Float64Array(mesh.owner.length);
    const field = new Float32Array(mesh.owner.length);
    let maxC = -Infinity;
    let solidCells = 0;
    for (let c = 0; c < tempC.length; c++) {
      const solid = active[c] === 1;
      tempC[c] = ambientC + solver.riseK![c]!;
      field[c] = solid ? tempC[c]! : NaN;
      if (solid) {
        solidCells++;
        maxC = Math.max(maxC, tempC[c]!);
      }
    }
    const components = componentTemperatures(design, library, problem, mesh, tempC);
    return {
      ambientC,
      maxC,
      iterations: solver.iterations,
      relativeResidual: solver.relativeResidual,
      energyBalance: solver.balance!,
      grid: {
        nx: mesh.nx,
        ny: mesh.ny,
        nz: mesh.nz,
        cells: tempC.length,
        solidCells,
        preset: this.meshName,
      },
      components,
      optical: components.flatMap((t): OpticalCheck[] => {
        if (t.category !== 'optical-engine' && t.category !== 'laser-source') return [];
        const drift = library.get(t.partId)?.ringDriftNmPerK;
        return [
          {
            id: t.id,
            name: t.name,
            category: t.category,
            maxC: t.maxC,
            limitC: t.limitC,
            marginC: t.marginC,
            isOverLimit: t.marginC < 0,
            ringDriftNm: drift !== undefined ? ringDriftNm(t.activeMeanC, drift) : undefined,
          },
        ];
      }),
      couplings: thermalCouplings(design, library, problem, mesh, solver.caseRiseK),
      hotspots: findHotspots(mesh, problem, tempC),
      slices: layerSlices(mesh, problem, tempC),
      field: {
        nx: mesh.nx,
        ny: mesh.ny,
        nz: mesh.nz,
        xMm: Float32Array.from(mesh.xMm),
        yMm: Float32Array.from(mesh.yMm),
        zMm: Float32Array.from(mesh.zMm),
        tempC: field,
      },
      warnings: this.warnings(),
    };
  }

  private warnings(): string[] {
    const { mesh, system } = this.solver;
    const out = this.skipped.map(
      (id) => `component ${id} has an unknown part and is left out of the thermal model`,
    );
    if (mesh!.lostPowerW > 0)
      out.push(`${mesh!.lostPowerW} W sits in layers hidden under other parts and is not modelled`);
    for (const s of system!.sinkFaces)
      if (s.cells.length === 0) out.push(`heatsink ${s.id} covers no exposed top face`);
    if (system!.isolated.count > 0)
      out.push(`${system!.isolated.count} cells touch no heat path and are left out`);
    return out;
  }
}

/** Runs the thermal analysis of a design to the end; throws with the solver's message on failure. */
export function solveThermal(
  design: Design,
  partLibrary: PartLibrary,
  options: ThermalOptions = {},
): ThermalResult {
  const library = designParts(design, partLibrary);
  const analysis = new ThermalAnalysis(design, library, options);
  while (!analysis.solved && !analysis.failed) analysis.step();
  if (!analysis.result) throw new Error(`thermal solve failed: ${analysis.error}`);
  return analysis.result;
}
