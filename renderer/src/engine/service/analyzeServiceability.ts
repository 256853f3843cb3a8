/**
 * Serviceability of a design (DESIGN.md "Serviceability"): per component FRU class,
 * replacement unit, access, MTTR, cost, failures per year and blast radius; for the system a
 * 0–100 score with its breakdown (serviceScore.ts). Pure and deterministic: the same
 * document and library give the same result, in document order of the components.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { linksByComponent, totalBandwidthGbps } from './bandwidth';
import {
  componentCostUsd,
  componentFit,
  componentService,
  type ServiceContext,
} from './componentService';
import { packageGroups } from './packageGroups';
import { scoreDeductions } from './serviceScore';
import { HOURS_PER_FIT, HOURS_PER_YEAR } from './serviceData';
import type { PartFailures, ServiceResult } from './serviceTypes';

/** FIT × count × 8766 h / 10⁹ per part id, sorted by id. */
function partFailures(index: ServiceContext): PartFailures[] {
  const byPart = new Map<string, { count: number; totalFit: number }>();
  for (const c of index.doc.components) {
    const entry = byPart.get(c.partId) ?? { count: 0, totalFit: 0 };
    entry.count += 1;
    entry.totalFit += componentFit(index, c);
    byPart.set(c.partId, entry);
  }
  return [...byPart.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([partId, { count, totalFit }]) => ({
      partId,
      count,
      totalFit,
      failuresPerYear: (totalFit * HOURS_PER_YEAR) / HOURS_PER_FIT,
    }));
}

/** Analyses the serviceability of `doc` with parts from `library`. */
export function analyzeServiceability(doc: Design, partLibrary: PartLibrary): ServiceResult {
  const library = designParts(doc, partLibrary);
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
    parts: partFailures(ctx),
    failuresPerYear,
    repairSpendUsdPerYear,
    downtimeHoursPerYear,
    hardwareCostUsd,
    totalBandwidthGbps: ctx.totalBandwidthGbps,
  };
}
