/**
 * Power that follows the design: every link's power with the host SerDes charged at the
 * loss its path has (serdesEnergy.ts), the external laser share at its source's temperature
 * (laserEfficiency.ts) and each engine's ring heaters at its temperature (ringTuning.ts),
 * and the watts each component dissipates (componentPower.ts).
 *
 * Inputs are the electrical result (loss at Nyquist per link, from the channel engine via
 * LinkResult.lossDb), the layout and, after a thermal solve, the active-layer temperature
 * of each component; without temperatures the reference temperatures hold (no ring drift,
 * laser at 25 °C). Units: W, pJ per payload bit.
 */
import { LASER_THERMAL } from '../../model/data/laser';
import type { Design, Link } from '../../model/schema';
import type { Layout, PlacedComponent } from '../geometry/layout';
import type { ElectricalResult } from '../resultTypes';
import { componentPower, type ComponentPower, type EndCharge } from './componentPower';
import { laserOperatingPoint } from './laserEfficiency';
import type { LaserFeeds } from './laserSources';
import { hostSerdesPjPerBit, linkPayloadGbps, linkPower } from './linkPower';
import { isChargedHere, powerEnds } from './powerEnds';
import { serdesPjPerBitAtLoss } from './serdesEnergy';

/** One link's power as the design sets it, W. */
export interface LinkDesignPower {
  readonly linkId: string;
  readonly lossDb: number | null;
  readonly payloadGbps: number;
  /** Host SerDes energy of one xPU end at the link's loss, pJ/bit. */
  readonly hostSerdesPjPerBit: number;
  readonly hostSerdesW: number;
  readonly dspW: number;
  readonly driverTiaW: number;
  readonly modulatorW: number;
  /** Integrated laser, plus the external source's share at its temperature (electrical). */
  readonly laserW: number;
  /** This link's share of its engines' ring-heater power. */
  readonly heaterW: number;
  readonly totalW: number;
  readonly pjPerBit: number;
}

/** The whole design's power. */
export interface DesignPower {
  readonly links: LinkDesignPower[];
  readonly components: ComponentPower[];
  readonly totalW: number;
  readonly payloadGbps: number;
  readonly pjPerBit: number;
  readonly hostSerdesW: number;
  readonly laserW: number;
  readonly heaterW: number;
}

/** What designPower reads besides the electrical result. */
export interface DesignPowerContext {
  readonly doc: Design;
  readonly layout: Layout;
  readonly plugged: ReadonlyMap<string, PlacedComponent>;
  readonly lasers: LaserFeeds;
  /** Active-layer temperature of each component, °C (from the last thermal solve). */
  readonly tempsC?: ReadonlyMap<string, number>;
}

/** Power of every link and component of a design. */
export function designPower(electrical: ElectricalResult, ctx: DesignPowerContext): DesignPower {
  const linksById = new Map<string, Link>(ctx.doc.links.map((l) => [l.id, l]));
  const tempOf = (id: string): number => ctx.tempsC?.get(id) ?? LASER_THERMAL.referenceC;
  const charges: EndCharge[] = [];
  const pending: { link: LinkDesignPower; engines: string[] }[] = [];
  for (const result of electrical.links) {
    const link = linksById.get(result.id);
    if (!link) continue;
    const ends = powerEnds(result, ctx.layout, ctx.plugged);
    const table = linkPower(link, ends, ctx.lasers, result.lossDb);
    const gbps = linkPayloadGbps(link);
    const w = (pj: number | undefined): number => ((pj ?? 0) * gbps) / 1000;
    const serdesPj = serdesPjPerBitAtLoss(link.laneRateGbps, link.serdesClass, result.lossDb);
    let hostSerdesW = 0;
    let laserW = table.laserW;
    const engines: string[] = [];
    for (const { placed, port } of ends) {
      const { part, component } = placed;
      if (part.category === 'xpu') {
        hostSerdesW += w(serdesPj);
        // The xPU part's own watts count the tabulated class figure; charge the difference.
        const tableW = w(hostSerdesPjPerBit(link));
        charges.push({ componentId: component.id, kind: 'serdes-delta', w: w(serdesPj) - tableW });
        continue;
      }
      if (!isChargedHere(part, port)) continue;
      const e = part.energy;
      const ownW = w(e.dspPjPerBit) + w(e.driverTiaPjPerBit) + w(e.modulatorPjPerBit);
      charges.push({ componentId: component.id, kind: 'own', w: ownW + w(e.laserPjPerBit) });
      if (part.category === 'optical-engine') engines.push(component.id);
      if (e.laserPjPerBit !== undefined || part.category !== 'optical-engine') continue;
      const sourceId = ctx.lasers.sourceByEngine.get(component.id) ?? ctx.lasers.fallbackId;
      const source = sourceId === undefined ? undefined : ctx.layout.components.get(sourceId);
      if (!sourceId || !source) continue;
      const refW = w(source.part.energy.laserPjPerBit);
      const point = laserOperatingPoint(tempOf(sourceId));
      laserW += refW * (point.driveShare - 1);
      charges.push({ componentId: sourceId, kind: 'laser', w: refW, point });
    }
    const rest = table.dspW + table.driverTiaW + table.modulatorW;
    const totalW = hostSerdesW + rest + laserW;
    pending.push({
      engines,
      link: {
        linkId: link.id,
        lossDb: result.lossDb,
        payloadGbps: gbps,
        hostSerdesPjPerBit: serdesPj,
        hostSerdesW,
        dspW: table.dspW,
        driverTiaW: table.driverTiaW,
        modulatorW: table.modulatorW,
        laserW,
        heaterW: 0,
        totalW,
        pjPerBit: gbps > 0 ? (totalW * 1000) / gbps : 0,
      },
    });
  }
  const components = componentPower(ctx.doc, ctx.layout, charges, tempOf);
  return withHeaters(pending, components);
}

/** Spreads each engine's heater power over the links it terminates and sums up. */
function withHeaters(
  pending: readonly { link: LinkDesignPower; engines: string[] }[],
  components: ComponentPower[],
): DesignPower {
  const heaterById = new Map(components.map((c) => [c.id, c.heaterW]));
  const linksOf = new Map<string, number>();
  for (const p of pending) for (const id of p.engines) linksOf.set(id, (linksOf.get(id) ?? 0) + 1);
  const links = pending.map(({ link, engines }) => {
    const heaterW = engines.reduce((s, id) => s + (heaterById.get(id) ?? 0) / linksOf.get(id)!, 0);
    const totalW = link.totalW + heaterW;
    const pjPerBit = link.payloadGbps > 0 ? (totalW * 1000) / link.payloadGbps : 0;
    return { ...link, heaterW, totalW, pjPerBit };
  });
  const sum = (f: (l: LinkDesignPower) => number): number => links.reduce((s, l) => s + f(l), 0);
  const totalW = sum((l) => l.totalW);
  const payloadGbps = sum((l) => l.payloadGbps);
  return {
    links,
    components,
    totalW,
    payloadGbps,
    pjPerBit: payloadGbps > 0 ? (totalW * 1000) / payloadGbps : 0,
    hostSerdesW: sum((l) => l.hostSerdesW),
    laserW: sum((l) => l.laserW),
    heaterW: sum((l) => l.heaterW),
  };
}
