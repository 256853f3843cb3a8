/**
 * Runs the analyses a report shows through the one staged pipeline (engine/pipeline): the
 * electrical analysis, the power ⇄ thermal fixed point (to the end), serviceability and the
 * design rules fed both. Pure and deterministic; the CLI calls it, the studio may reuse
 * results it already has instead.
 */
import { analyzeDesign } from '../engine/pipeline/designJob';
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
  const preset = options.thermalPreset ?? 'normal';
  const a = analyzeDesign(doc, partLibrary, {
    thermal: preset === 'none' ? null : { preset, couplings: options.couplings ?? true },
  });
  const thermal = a.coupled.thermal ?? undefined;
  return {
    electrical: a.electrical,
    service: a.service,
    findings: a.findings,
    coupled: a.coupled,
    ...(thermal ? { thermal, thermalPreset: preset } : {}),
  };
}
