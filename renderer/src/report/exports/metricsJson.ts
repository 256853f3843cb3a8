/**
 * The metrics export as JSON: the object `lightpath analyze --json` prints (file, design,
 * links, summary, electricalFindings, serviceability, findings; docs/CLI.md) plus the thermal
 * summary, so one file carries every figure of a report. `findings` are checked with the
 * thermal result too, so they may add temp-limit findings to the ones `analyze` prints.
 */
import { thermalSummary } from '../../engine/thermal/thermalSummary';
import type { Design } from '../../model/schema';
import type { ReportAnalyses } from '../reportTypes';
import { analysisJson, findingsJson, serviceabilityJson } from '../json/analysisJson';
import { coupledPowerJson, opticalJson } from '../json/powerJson';

/** The metrics object of a design and its analyses. */
export function metricsJson(file: string, doc: Design, analyses: ReportAnalyses) {
  const { electrical, thermal, service, findings } = analyses;
  return {
    ...analysisJson(file, doc, electrical),
    ...(analyses.coupled
      ? { power: coupledPowerJson(analyses.coupled), optical: opticalJson(analyses.coupled) }
      : {}),
    serviceability: serviceabilityJson(service),
    findings: findingsJson(findings),
    thermal: thermal
      ? { preset: analyses.thermalPreset ?? thermal.grid.preset, ...thermalSummary(thermal) }
      : null,
  };
}

/** The metrics object as indented JSON text with a final newline. */
export function metricsJsonText(file: string, doc: Design, analyses: ReportAnalyses): string {
  return `${JSON.stringify(metricsJson(file, doc, analyses), null, 2)}\n`;
}
