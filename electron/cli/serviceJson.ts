/**
 * The `serviceability` and `findings` members of `lightpath analyze --json` (docs/CLI.md):
 * the engine/service result with each component's FRU class, and the design-rule findings.
 */
import type { Finding } from '../../renderer/src/engine/rules/ruleTypes';
import type { ServiceResult } from '../../renderer/src/engine/service/serviceTypes';

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
