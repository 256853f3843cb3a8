/**
 * The DSP-pluggable baseline of a system: the same links, each optical one carried by a
 * DSP pluggable module instead of whatever the design uses.
 *
 * Model: for a link with optics at an end (an optical engine or a pluggable module), the
 * baseline power is the host SerDes of each xPU end at the VSR reach class (chip to
 * front-panel module) plus the DSP module profile of the link's rate class
 * (model/data/power: dsp-module-112g / dsp-module-224g, DSP + driver/TIA + modulator +
 * laser), times the payload rate. The VSR SerDes is charged at the baseline's host-path loss
 * (serdesEnergy.ts, as the design's own SerDes is): when the link already ends at a
 * front-panel cage the baseline module sits in that cage, so its host path is the link's own
 * trace (its loss without a linear module's internal trace); otherwise the front-panel trace
 * is not in the design and the tabulated VSR figure (a channel at its class budget) holds. A
 * link without optics keeps its own power. The delta reported is design − baseline.
 */
import { ENERGY_PROFILES, profilePjPerBit } from '../../model/data/power';
import { rateClassOf } from '../../model/data/sourced';
import type { Link } from '../../model/schema';
import type { PowerEnd } from './linkPower';
import { linkPayloadGbps } from './linkPower';
import { serdesPjPerBitAtLoss } from './serdesEnergy';

/**
 * Baseline power of one link, W; `ownW` is used for links without optics. `hostLossDb` is the
 * baseline module's host-path loss at Nyquist, dB (null: not in the design).
 */
export function baselineLinkPowerW(
  link: Link,
  ends: readonly PowerEnd[],
  ownW: number,
  hostLossDb: number | null,
): number {
  const hasOptics = ends.some(
    (e) =>
      e.placed.part.category === 'optical-engine' || e.placed.part.category === 'pluggable-module',
  );
  const rateClass = rateClassOf(link.laneRateGbps);
  if (!hasOptics || !rateClass) return ownW;
  const xpuEnds = ends.filter((e) => e.placed.part.category === 'xpu').length;
  const module = ENERGY_PROFILES[rateClass === '112G' ? 'dsp-module-112g' : 'dsp-module-224g'];
  const serdes = serdesPjPerBitAtLoss(link.laneRateGbps, 'VSR', hostLossDb);
  const pj = xpuEnds * serdes + profilePjPerBit(module);
  return (pj * linkPayloadGbps(link)) / 1000;
}
