/**
 * One evaluation of a design: the same engine calls as `lightpath analyze` — electrical
 * analysis (engine/analyze), thermal solve (engine/thermal) when asked for, serviceability
 * (engine/service) and design rules (engine/rules, fed the electrical and thermal results).
 * Compare and sweep run this on every variant, so a variant's figures are exactly those of
 * analysing that variant alone. The result is plain, structured-clone safe data.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { analyzeElectrical, type ElectricalResult } from '../analyze';
import { checkRules } from '../rules/checkRules';
import type { Finding } from '../rules/ruleTypes';
import { analyzeServiceability } from '../service/analyzeServiceability';
import type { ServiceResult } from '../service/serviceTypes';
import { solveThermal } from '../thermal';
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
  /** Null when the thermal solve was not asked for. */
  readonly thermal: ThermalFigures | null;
  readonly service: ServiceResult;
  readonly findings: readonly Finding[];
}

/** What to run. */
export interface EvaluateOptions {
  /** Mesh preset of the thermal solve; null skips it (default "coarse"). */
  readonly thermalPreset?: MeshPreset['name'] | null;
}

/** Runs the thermal solve without the xPU coupling cases (they do not change temperatures). */
export function thermalFigures(
  doc: Design,
  partLibrary: PartLibrary,
  preset: MeshPreset['name'],
): ThermalFigures {
  const library = designParts(doc, partLibrary);
  const result = solveThermal(doc, library, { preset, couplings: false });
  return {
    preset,
    ambientC: result.ambientC,
    maxC: result.maxC,
    components: result.components,
    optical: result.optical,
  };
}

/** Evaluates `doc` with parts from `library`. Deterministic. */
export function evaluateDesign(
  doc: Design,
  partLibrary: PartLibrary,
  options: EvaluateOptions = {},
): Evaluation {
  const library = designParts(doc, partLibrary);
  const preset = options.thermalPreset === undefined ? 'coarse' : options.thermalPreset;
  const electrical = analyzeElectrical(doc, library);
  const thermal = preset === null ? null : thermalFigures(doc, library, preset);
  const service = analyzeServiceability(doc, library);
  const findings = checkRules(doc, library, {
    electrical,
    ...(thermal ? { thermal } : {}),
  });
  return { electrical, thermal, service, findings };
}
