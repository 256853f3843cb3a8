/**
 * The metrics export as JSON: the object `lightpath analyze --json` prints (file, design,
 * links, summary, electricalFindings, serviceability, findings; docs/CLI.md) plus the thermal
 * summary, so one file carries every figure of a report. `findings` are checked with the
 * thermal result too, so they may add temp-limit findings to the ones `analyze` prints.
 */
import type { LinkResult } from '../../engine/resultTypes';
import { thermalSummary } from '../../engine/thermal/thermalSummary';
import type { Design } from '../../model/schema';
import type { ReportAnalyses } from '../reportTypes';

/** One link as `analyze --json` prints it (segments without their drawing polylines). */
function linkJson(l: LinkResult) {
  return {
    id: l.id,
    from: l.from,
    to: l.to,
    lanes: l.lanes,
    laneRateGbps: l.laneRateGbps,
    serdesClass: l.serdesClass,
    routed: l.routed,
    lengthMm: l.lengthMm,
    lossDb: l.lossDb,
    budgetDb: l.budgetDb,
    budgetKind: l.budgetKind,
    marginDb: l.marginDb,
    passes: l.passes,
    latencyNs: l.latencyNs,
    powerW: l.powerW,
    pjPerBit: l.pjPerBit,
    nyquistGhz: l.nyquistGhz,
    skewMm: l.skewMm,
    laneLengthsMm: l.laneLengthsMm,
    segments: l.segments.map((s) => ({ medium: s.medium, lengthMm: s.lengthMm, lossDb: s.lossDb })),
    crossings: l.crossings,
    latency: l.latency,
    power: l.power,
  };
}

/** The metrics object of a design and its analyses. */
export function metricsJson(file: string, doc: Design, analyses: ReportAnalyses) {
  const { electrical, thermal, service, findings } = analyses;
  return {
    file,
    design: { name: doc.meta.name, variant: doc.meta.variant, architecture: doc.meta.architecture },
    links: electrical.links.map(linkJson),
    summary: electrical.summary,
    electricalFindings: electrical.findings,
    serviceability: {
      score: service.score,
      breakdown: service.breakdown,
      components: service.components.map((c) => ({
        id: c.componentId,
        partId: c.partId,
        fruClass: c.fruClass,
        access: c.access,
        replacementUnitIds: c.replacementUnitIds,
        mttrH: c.mttrH,
        replacementCostUsd: c.replacementCostUsd,
        failuresPerYear: c.failuresPerYear,
        reason: c.reason,
      })),
      failuresPerYear: service.failuresPerYear,
      repairSpendUsdPerYear: service.repairSpendUsdPerYear,
      downtimeHoursPerYear: service.downtimeHoursPerYear,
      hardwareCostUsd: service.hardwareCostUsd,
    },
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      components: f.components,
      location: f.location,
    })),
    thermal: thermal
      ? { preset: analyses.thermalPreset ?? thermal.grid.preset, ...thermalSummary(thermal) }
      : null,
  };
}

/** The metrics object as indented JSON text with a final newline. */
export function metricsJsonText(file: string, doc: Design, analyses: ReportAnalyses): string {
  return `${JSON.stringify(metricsJson(file, doc, analyses), null, 2)}\n`;
}
