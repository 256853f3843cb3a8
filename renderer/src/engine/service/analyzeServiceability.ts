/**
 * Serviceability of a design (DESIGN.md "Serviceability"): per component FRU class,
 * replacement unit, access, MTTR, cost, failures per year and blast radius; for the system a
 * 0–100 score with its breakdown (serviceScore.ts). Pure and deterministic: the same
 * document and library give the same result, in document order of the components.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { linksByComponent, totalBandwidthGbps } from './bandwidth';
import { componentCostUsd, componentService, type ServiceContext } from './componentService';
import { packageGroups } from './packageGroups';
import { scoreDeductions } from './serviceScore';
import type { ServiceResult } from './serviceTypes';

/** Analyses the serviceability of `doc` with parts from `library`. */
export function analyzeServiceability(doc: Design, library: PartLibrary): ServiceResult {
  const index = {
    doc,
    library,
    componentsById: new Map(doc.components.map((c) => [c.id, c])),
  };
  const ctx: ServiceContext = {
    ...index,
    groups: packageGroups(doc, library),
    linksByComponent: linksByComponent(doc.links),
    totalBandwidthGbps: totalBandwidthGbps(doc.links),
    unitCache: new Map(),
  };
  const components = doc.components.map((c) => componentService(ctx, c));
  let failuresPerYear = 0;
  let repairSpendUsdPerYear = 0;
  let downtimeHoursPerYear = 0;
  for (const c of components) {
    failuresPerYear += c.failuresPerYear;
    repairSpendUsdPerYear += c.failuresPerYear * c.replacementCostUsd;
    // Without links, a power-down repair still stops the whole system: count it as a full outage.
    const share =
      ctx.totalBandwidthGbps > 0
        ? c.repairOutageBandwidthGbps / ctx.totalBandwidthGbps
        : c.needsPowerDown
          ? 1
          : 0;
    downtimeHoursPerYear += c.failuresPerYear * c.mttrH * share;
  }
  let hardwareCostUsd = 0;
  for (const c of doc.components) hardwareCostUsd += componentCostUsd(index, c);
  const breakdown = scoreDeductions({
    components,
    downtimeHoursPerYear,
    repairSpendUsdPerYear,
    hardwareCostUsd,
  });
  let deducted = 0;
  for (const d of breakdown) deducted += d.points;
  return {
    score: 100 - deducted,
    breakdown,
    components,
    failuresPerYear,
    repairSpendUsdPerYear,
    downtimeHoursPerYear,
    hardwareCostUsd,
    totalBandwidthGbps: ctx.totalBandwidthGbps,
  };
}
