/**
 * Optical link budget of every link that ends at an optical engine (docs/MODELS.md "Optical
 * link budget"), per lane, in dB and dBm:
 *
 *   P_rx,avg = P_laser(T) − split − light fiber − 2 × chip coupling − modulator − mux/demux
 *              − signal fiber
 *   OMA_rx = P_rx,avg + 10·log10(2(ER − 1)/(ER + 1)),   margin = OMA_rx − sensitivity(rate)
 *
 * P_laser is the external source's CW power per lane (EXTERNAL_LASER) × its output share at
 * its temperature (laserEfficiency.ts: held by the drive until the current ceiling, then
 * falling); split = 10·log10(lanes the source serves ÷ its light lanes) when it feeds more
 * lanes than it has; the light fiber joins source and engine (one mated connector), the
 * signal fiber leaves the engine (two connectors when it leaves the design: the faceplate and
 * the far-end module, whose sensitivity is specified at its connector). Which source feeds
 * which engine: power/laserSources.
 */
import { EXTERNAL_LASER } from '../../model/data/laser';
import { OPTICAL_BUDGET, RX_SENSITIVITY_OMA_DBM } from '../../model/data/opticalBudget';
import { rateClassOf } from '../../model/data/sourced';
import type { Design, Fiber } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { modulesInCages } from '../channel/cageContents';
import type { ElectricalResult } from '../resultTypes';
import { laserOperatingPoint } from '../power/laserEfficiency';
import type { LaserFeeds } from '../power/laserSources';
import { powerEnds } from '../power/powerEnds';
import { LASER_THERMAL } from '../../model/data/laser';
import { fiberPathLoss, type FiberPathLoss } from './fiberPathLoss';

/** The budget of one link's optical lanes. */
export interface LinkBudget {
  readonly linkId: string;
  readonly engineId: string;
  readonly laserId: string | null;
  readonly laserTempC: number | null;
  readonly laserPerLaneDbm: number | null;
  readonly splitDb: number;
  readonly lightFiber: FiberPathLoss | null;
  readonly chipCouplingDb: number;
  readonly modulatorDb: number;
  readonly muxDemuxDb: number;
  readonly signalFiber: FiberPathLoss | null;
  readonly rxAvgDbm: number | null;
  readonly rxOmaDbm: number | null;
  readonly sensitivityDbm: number | null;
  readonly marginDb: number | null;
}

/** Budgets of every engine link and the worst margin. */
export interface OpticalBudgetResult {
  readonly links: LinkBudget[];
  readonly worstMarginDb: number | null;
  readonly worstLinkId: string | null;
}

const dbm = (mw: number): number => 10 * Math.log10(mw);

/** 10·log10 of the OMA ÷ average power ratio of a signal with extinction ratio `erDb`. */
export function omaOffsetDb(erDb: number): number {
  const er = 10 ** (erDb / 10);
  return 10 * Math.log10((2 * (er - 1)) / (er + 1));
}

function opticalLanes(layout: Layout, id: string): number {
  const part = layout.components.get(id)?.part;
  return (part?.ports ?? []).filter((p) => p.kind === 'optical').reduce((s, p) => s + p.lanes, 0);
}

/** Budgets of every link that ends at an optical engine. */
export function opticalBudgets(
  doc: Design,
  layout: Layout,
  electrical: ElectricalResult,
  lasers: LaserFeeds,
  tempsC?: ReadonlyMap<string, number>,
): OpticalBudgetResult {
  const plugged = modulesInCages(layout);
  const sourceOf = (engineId: string): string | undefined =>
    lasers.sourceByEngine.get(engineId) ?? lasers.fallbackId;
  const fibersOf = new Map<string, Fiber[]>();
  for (const f of doc.fibers)
    for (const id of [f.from.componentId, f.to?.componentId])
      if (id !== undefined) fibersOf.set(id, [...(fibersOf.get(id) ?? []), f]);
  const engines = [...layout.components.values()].filter(
    (p) => p.part.category === 'optical-engine',
  );
  const servedLanes = new Map<string, number>();
  for (const e of engines) {
    const s = sourceOf(e.component.id);
    if (s !== undefined)
      servedLanes.set(s, (servedLanes.get(s) ?? 0) + opticalLanes(layout, e.component.id));
  }
  const links: LinkBudget[] = [];
  for (const result of electrical.links) {
    const engine = powerEnds(result, layout, plugged).find(
      (e) => e.placed.part.category === 'optical-engine',
    );
    if (!engine) continue;
    const engineId = engine.placed.component.id;
    const laserId = sourceOf(engineId) ?? null;
    const other = (f: Fiber): string | undefined =>
      f.from.componentId === engineId ? f.to?.componentId : f.from.componentId;
    const mine = fibersOf.get(engineId) ?? [];
    const light = mine.find((f) => laserId !== null && other(f) === laserId);
    const signal = mine.find(
      (f) => f !== light && layout.components.get(other(f) ?? '')?.part.category !== 'laser-source',
    );
    const lightFiber = light ? fiberPathLoss(doc, light, layout, 1) : null;
    const signalFiber = signal ? fiberPathLoss(doc, signal, layout, signal.to ? 1 : 2) : null;
    const laserTempC = laserId === null ? null : (tempsC?.get(laserId) ?? LASER_THERMAL.referenceC);
    const point = laserTempC === null ? null : laserOperatingPoint(laserTempC);
    const laserPerLaneDbm =
      point && point.outputShare > 0
        ? dbm(EXTERNAL_LASER.opticalPowerMwPerLane * point.outputShare)
        : null;
    const served = laserId === null ? 0 : (servedLanes.get(laserId) ?? 0);
    const own = laserId === null ? 0 : opticalLanes(layout, laserId);
    const splitDb = own > 0 && served > own ? 10 * Math.log10(served / own) : 0;
    const chipCouplingDb = 2 * OPTICAL_BUDGET.chipCouplingDb.value;
    const modulatorDb = OPTICAL_BUDGET.modulatorDb.value;
    const muxDemuxDb = OPTICAL_BUDGET.muxDemuxDb.value;
    const pathDb =
      splitDb +
      (lightFiber?.totalDb ?? 0) +
      chipCouplingDb +
      modulatorDb +
      muxDemuxDb +
      (signalFiber?.totalDb ?? 0);
    const rxAvgDbm = laserPerLaneDbm === null ? null : laserPerLaneDbm - pathDb;
    const rxOmaDbm =
      rxAvgDbm === null ? null : rxAvgDbm + omaOffsetDb(OPTICAL_BUDGET.extinctionRatioDb.value);
    const rateClass = rateClassOf(result.laneRateGbps);
    const sensitivityDbm = rateClass ? RX_SENSITIVITY_OMA_DBM[rateClass].value : null;
    const marginDb =
      rxOmaDbm !== null && sensitivityDbm !== null ? rxOmaDbm - sensitivityDbm : null;
    links.push({
      linkId: result.id,
      engineId,
      laserId,
      laserTempC,
      laserPerLaneDbm,
      splitDb,
      lightFiber,
      chipCouplingDb,
      modulatorDb,
      muxDemuxDb,
      signalFiber,
      rxAvgDbm,
      rxOmaDbm,
      sensitivityDbm,
      marginDb,
    });
  }
  let worst: LinkBudget | undefined;
  for (const l of links)
    if (l.marginDb !== null && (worst?.marginDb == null || l.marginDb < worst.marginDb)) worst = l;
  return { links, worstMarginDb: worst?.marginDb ?? null, worstLinkId: worst?.linkId ?? null };
}
