/**
 * Power of a link by function, W, and its energy per payload bit.
 *
 * Model: every function's energy per payload bit (pJ/bit) times the link's payload rate
 * (lanes × line rate ÷ 1.0625 for RS(544,514) + 256b/257b, model/data/power) gives its power:
 * pJ/bit × Gb/s = mW. Functions counted:
 * - host SerDes, once per xPU end, as a function of the link's loss at Nyquist within its
 *   reach class (serdesEnergy.ts `serdesPjPerBitAtLoss`: a fixed share plus equaliser effort
 *   that grows with loss, anchored on HOST_SERDES_PJ_PER_BIT at the class budget); the
 *   tabulated class figure when the link has no loss (unrouted) — the same figure the coupled
 *   power (designPower.ts) charges, so the electrical stage and the coupled stage agree at
 *   the reference temperature;
 * - the terminating part's own functions from its `energy` fields: DSP (module DSP or
 *   retimer), driver/TIA, modulator, and an integrated laser;
 * - for an optical engine without its own laser, the laser share of the external laser
 *   source that lights it (power/laserSources).
 * A part with two electrical ports in series (a retimer) is charged on the link at its first
 * listed electrical port only, so each bit pays for it once. pJ/bit of the link = total W ÷
 * payload rate.
 */
import { HOST_SERDES_PJ_PER_BIT, payloadRateGbps } from '../../model/data/power';
import { serdesPjPerBitAtLoss } from './serdesEnergy';
import { rateClassOf } from '../../model/data/sourced';
import type { Link } from '../../model/schema';
import type { Part, Port } from '../../model/partSchema';
import type { LinkPowerFigures } from '../resultTypes';
import type { PlacedComponent } from '../geometry/layout';
import type { LaserFeeds } from './laserSources';

/** One end of a link as the power model sees it: the part terminating it and its port. */
export interface PowerEnd {
  readonly placed: PlacedComponent;
  readonly port: Port;
}

/** Payload rate of a link, Gb/s. */
export function linkPayloadGbps(link: Link): number {
  return link.lanes * payloadRateGbps(link.laneRateGbps);
}

/**
 * Tabulated host SerDes energy of a link's reach class at its rate class, pJ/bit (0 without a
 * class): what an xPU part's own power already counts.
 */
export function hostSerdesPjPerBit(link: Link): number {
  const rateClass = rateClassOf(link.laneRateGbps);
  return rateClass ? HOST_SERDES_PJ_PER_BIT[rateClass][link.serdesClass].pjPerBit : 0;
}

function chargedHere(part: Part, port: Port): boolean {
  const electrical = part.ports.filter((p) => p.kind === 'electrical');
  return electrical.length < 2 || electrical[0]?.id === port.id;
}

/** Power of one link by function, W, and pJ per payload bit, at loss `lossDb` (dB, null unrouted). */
export function linkPower(
  link: Link,
  ends: readonly PowerEnd[],
  lasers: LaserFeeds,
  lossDb: number | null,
): LinkPowerFigures {
  const gbps = linkPayloadGbps(link);
  const mw = (pj: number | undefined): number => ((pj ?? 0) * gbps) / 1000;
  let hostSerdesW = 0;
  let dspW = 0;
  let driverTiaW = 0;
  let modulatorW = 0;
  let laserW = 0;
  let opticalEngineW = 0;
  let missingLaser = false;
  for (const { placed, port } of ends) {
    const { part } = placed;
    if (part.category === 'xpu') {
      hostSerdesW += mw(serdesPjPerBitAtLoss(link.laneRateGbps, link.serdesClass, lossDb));
      continue;
    }
    if (!chargedHere(part, port)) continue;
    const e = part.energy;
    let laserPj = e.laserPjPerBit;
    if (laserPj === undefined && part.category === 'optical-engine') {
      const source = lasers.byEngine.get(placed.component.id) ?? lasers.fallback;
      laserPj = source?.energy.laserPjPerBit;
      missingLaser = source === undefined;
    }
    dspW += mw(e.dspPjPerBit);
    driverTiaW += mw(e.driverTiaPjPerBit);
    modulatorW += mw(e.modulatorPjPerBit);
    laserW += mw(laserPj);
    if (part.category === 'optical-engine') {
      opticalEngineW += mw(e.driverTiaPjPerBit) + mw(e.modulatorPjPerBit) + mw(e.laserPjPerBit);
    }
  }
  const totalW = hostSerdesW + dspW + driverTiaW + modulatorW + laserW;
  return {
    payloadGbps: gbps,
    hostSerdesW,
    dspW,
    driverTiaW,
    modulatorW,
    laserW,
    opticalEngineW,
    totalW,
    pjPerBit: gbps > 0 ? (totalW * 1000) / gbps : 0,
    missingLaser,
  };
}
