/**
 * Latency of a link, ns.
 *
 * Model: host SerDes latency once per xPU end (model/data/latency `host-serdes`); the
 * terminating parts' own latency (`latencyNs`: a DSP module's retiming, a retimer); the
 * RS(544,514) FEC once per PAM4 link (IEEE 802.3ck/dj make it mandatory for 100G-per-lane
 * PAM4 Ethernet, so every architecture pays it, end to end at the host); propagation
 * Σ segment length × delay of its medium (t = √Dk_eff / c, model/data/propagation); and the
 * fiber behind the link's optical end (the longest fiber on that part: drawn path + length
 * beyond the design) at the fiber's group delay.
 */
import { latencyNs } from '../../model/data/latency';
import { fiberDelayPsPerMm, mediumDelayPsPerMm } from '../../model/data/propagation';
import type { Link } from '../../model/schema';
import type { PowerEnd } from '../power/linkPower';
import type { LinkLatencyFigures } from '../resultTypes';
import type { RouteSegment } from '../routing/linkRouter';

/** Latency of one link by contribution, ns; `fiberMm` is the fiber behind its optical end. */
export function linkLatency(
  link: Link,
  ends: readonly PowerEnd[],
  segments: readonly RouteSegment[],
  fiberMm: number,
): LinkLatencyFigures {
  let serdesNs = 0;
  let dspNs = 0;
  for (const { placed } of ends) {
    if (placed.part.category === 'xpu') serdesNs += latencyNs('host-serdes');
    else dspNs += placed.part.latencyNs;
  }
  const fecNs = link.modulation === 'PAM4' ? latencyNs('fec-rs544') : 0;
  let propagationPs = 0;
  for (const s of segments) propagationPs += s.lengthMm * mediumDelayPsPerMm(s.medium);
  const propagationNs = propagationPs / 1000;
  const fiberNs = (fiberMm * fiberDelayPsPerMm()) / 1000;
  return {
    serdesNs,
    dspNs,
    fecNs,
    propagationNs,
    fiberNs,
    totalNs: serdesNs + dspNs + fecNs + propagationNs + fiberNs,
  };
}
