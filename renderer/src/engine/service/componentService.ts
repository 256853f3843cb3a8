/**
 * One component's service record: FRU class and unit (classifyFru.ts), repair time and cost,
 * expected failures per year and blast radius (bandwidth.ts).
 *
 * failuresPerYear = FIT × 8766 h / 10⁹ (FIT: failures per 10⁹ device-hours, Telcordia SR-332).
 * replacementCostUsd = Σ costUsd of the unit's parts + MTTR(access) × labour rate.
 */
import type { Component } from '../../model/schema';
import { bandwidthTouchingGbps, outageSet } from './bandwidth';
import type { ServiceIndex } from './classifyFru';
import { classifyFru } from './classifyFru';
import type { PackageGroup } from './packageGroups';
import {
  HOURS_PER_FIT,
  HOURS_PER_YEAR,
  LABOUR_RATE_USD_PER_H,
  MTTR_BY_ACCESS_H,
} from './serviceData';
import type { ComponentService } from './serviceTypes';
import type { Link } from '../../model/schema';

/** Everything the per-component record needs, computed once per design. */
export interface ServiceContext extends ServiceIndex {
  readonly groups: ReadonlyMap<string, PackageGroup>;
  readonly linksByComponent: ReadonlyMap<string, readonly Link[]>;
  readonly totalBandwidthGbps: number;
  /** Parts cost and failed bandwidth per unit, keyed by the unit's (shared) id array. */
  readonly unitCache: Map<readonly string[], UnitFigures>;
}

/** What a replacement unit costs and takes down, the same for each of its members. */
interface UnitFigures {
  readonly partsCostUsd: number;
  readonly failedBandwidthGbps: number;
}

function unitFigures(ctx: ServiceContext, unitIds: readonly string[]): UnitFigures {
  const cached = ctx.unitCache.get(unitIds);
  if (cached) return cached;
  let partsCostUsd = 0;
  for (const id of unitIds) {
    const member = ctx.componentsById.get(id);
    if (member) partsCostUsd += componentCostUsd(ctx, member);
  }
  const failedBandwidthGbps = bandwidthTouchingGbps(ctx.linksByComponent, outageSet(ctx, unitIds));
  const figures = { partsCostUsd, failedBandwidthGbps };
  ctx.unitCache.set(unitIds, figures);
  return figures;
}

/** Cost of a component, USD: its override, else its part's, else 0 for an unknown part. */
export function componentCostUsd(index: ServiceIndex, component: Component): number {
  return component.overrides?.costUsd ?? index.library.get(component.partId)?.costUsd ?? 0;
}

/** Failure rate of a component in FIT: its override, else its part's, else 0. */
export function componentFit(index: ServiceIndex, component: Component): number {
  return (
    component.overrides?.failureRateFit ?? index.library.get(component.partId)?.failureRateFit ?? 0
  );
}

/** Builds the service record of one component. */
export function componentService(ctx: ServiceContext, component: Component): ComponentService {
  const group = ctx.groups.get(component.id) ?? {
    memberIds: [component.id],
    xpuIds: [],
    isStacked3d: false,
    packageCarrierIds: [],
  };
  const fru = classifyFru(ctx, component, group);
  const { partsCostUsd, failedBandwidthGbps } = unitFigures(ctx, fru.unitIds);
  const mttrH = MTTR_BY_ACCESS_H[fru.access].value;
  const labourCostUsd = mttrH * LABOUR_RATE_USD_PER_H.value;
  const needsPowerDown = fru.access !== 'front-panel';
  return {
    componentId: component.id,
    partId: component.partId,
    fruClass: fru.fruClass,
    access: fru.access,
    replacementUnitIds: fru.unitIds,
    reason: fru.reason,
    mttrH,
    partsCostUsd,
    labourCostUsd,
    replacementCostUsd: partsCostUsd + labourCostUsd,
    ownCostUsd: componentCostUsd(ctx, component),
    failuresPerYear: (componentFit(ctx, component) * HOURS_PER_YEAR) / HOURS_PER_FIT,
    failedBandwidthGbps,
    repairOutageBandwidthGbps: needsPowerDown ? ctx.totalBandwidthGbps : failedBandwidthGbps,
    needsPowerDown,
  };
}
