/**
 * One evaluation of a design: the staged pipeline (engine/pipeline/designJob.ts) that the
 * studio and `lightpath analyze` run — electrical analysis, power ⇄ thermal fixed point when
 * a mesh is asked for, serviceability and design rules fed both results. Compare and sweep
 * run this on every variant, so a variant's figures are exactly those of analysing that
 * variant alone. The result is plain, structured-clone safe data.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { ElectricalResult } from '../analyze';
import { analyzeDesign } from '../pipeline/designJob';
import type { DesignPower } from '../power/designPower';
import type { Finding } from '../rules/ruleTypes';
import type { ServiceResult } from '../service/serviceTypes';
import type { ComponentTemperature, OpticalCheck } from '../thermal';
import type { MeshPreset } from '../thermal/types';

/** The thermal figures an evaluation keeps (no fields or slices: those stay in the solver). */
export interface ThermalFigures {
  readonly preset: MeshPreset['name'];
  readonly ambientC: number;
  readonly maxC: number;
  readonly components: readonly ComponentTemperature[];
  readonly optical: readonly OpticalCheck[];
}

/** Everything the engine says about one design. */
export interface Evaluation {
  readonly electrical: ElectricalResult;
  /** Power at the solved temperatures (reference temperatures without a thermal solve). */
  readonly power: DesignPower;
  /** Null when the thermal solve was not asked for (or failed). */
  readonly thermal: ThermalFigures | null;
  /** Power ⇄ thermal solves the evaluation took, and whether they converged. */
  readonly thermalSolves: number;
  readonly converged: boolean;
  readonly service: ServiceResult;
  readonly findings: readonly Finding[];
}

/** What to run. */
export interface EvaluateOptions {
  /** Mesh preset of the thermal solve; null skips it (default "coarse"). */
  readonly thermalPreset?: MeshPreset['name'] | null;
}

/**
 * Evaluates `doc` with parts from `library`. Deterministic. The thermal solves skip the
 * xPU-only coupling cases (they do not change temperatures).
 */
export function evaluateDesign(
  doc: Design,
  partLibrary: PartLibrary,
  options: EvaluateOptions = {},
): Evaluation {
  const preset = options.thermalPreset === undefined ? 'coarse' : options.thermalPreset;
  const a = analyzeDesign(doc, partLibrary, {
    thermal: preset === null ? null : { preset, couplings: false },
  });
  const t = a.coupled.thermal;
  const thermal =
    preset === null || !t
      ? null
      : {
          preset,
          ambientC: t.ambientC,
          maxC: t.maxC,
          components: t.components,
          optical: t.optical,
        };
  return {
    electrical: a.electrical,
    power: a.coupled.power,
    thermal,
    thermalSolves: a.coupled.thermalSolves,
    converged: a.coupled.converged,
    service: a.service,
    findings: a.findings,
  };
}
