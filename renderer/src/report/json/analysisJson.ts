/**
 * The JSON shapes of `lightpath analyze --json` (docs/CLI.md), in one place: the CLI prints
 * them and the studio's metrics export (report/exports/metricsJson.ts) writes the same object.
 */
import type { ElectricalResult, LinkResult } from '../../engine/analyze';
import type { Finding } from '../../engine/rules/ruleTypes';
import type { ServiceResult } from '../../engine/service/serviceTypes';
import type { Design } from '../../model/schema';

/** One link as printed by `--json` (segments without their drawing polylines). */
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
    lossSource: l.lossSource,
    measuredFile: l.measuredFile,
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

/** The `--json` object. */
export function analysisJson(file: string, doc: Design, result: ElectricalResult) {
  return {
    file,
    design: { name: doc.meta.name, variant: doc.meta.variant, architecture: doc.meta.architecture },
    links: result.links.map(linkJson),
    summary: result.summary,
    electricalFindings: result.findings,
  };
}

/** `serviceability`: score, breakdown[], per-component fruClass and repair figures. */
export function serviceabilityJson(service: ServiceResult) {
  return {
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
  };
}

/** `findings[]`: rule, severity, message, components, location (mm). */
export function findingsJson(findings: readonly Finding[]) {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    components: f.components,
    location: f.location,
  }));
}
