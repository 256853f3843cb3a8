/**
 * Runs every analysis a report shows, in the order the rules need them: electrical
 * (engine/analyze), thermal (engine/thermal, to the end), serviceability (engine/service),
 * then the design rules with both results. Pure and deterministic; the CLI calls it, the
 * studio may reuse results it already has instead.
 */
import { designParts } from '../model/designParts';
import { analyzeElectrical } from '../engine/analyze';
import { checkRules } from '../engine/rules/checkRules';
import { analyzeServiceability } from '../engine/service/analyzeServiceability';
import { solveThermal } from '../engine/thermal';
import type { MeshPreset } from '../engine/thermal/types';
import type { PartLibrary } from '../model/partSchema';
import type { Design } from '../model/schema';
import type { ReportAnalyses } from './reportTypes';

/** Options of {@link analyzeForReport}. */
export interface ReportAnalysisOptions {
  /** Thermal mesh preset, or 'none' to skip the thermal solve (default 'normal'). */
  readonly thermalPreset?: MeshPreset['name'] | 'none';
  /** Solve the xPU-only cases for the xPU → optical coupling table (default true). */
  readonly couplings?: boolean;
}

/** Analyses `doc` for a report. */
export function analyzeForReport(
  doc: Design,
  partLibrary: PartLibrary,
  options: ReportAnalysisOptions = {},
): ReportAnalyses {
  const library = designParts(doc, partLibrary);
  const preset = options.thermalPreset ?? 'normal';
  const electrical = analyzeElectrical(doc, library);
  const thermal =
    preset === 'none'
      ? undefined
      : solveThermal(doc, library, { preset, couplings: options.couplings ?? true });
  const service = analyzeServiceability(doc, library);
  const findings = checkRules(doc, library, { electrical, thermal });
  return {
    electrical,
    service,
    findings,
    ...(thermal ? { thermal, thermalPreset: preset } : {}),
  };
}
