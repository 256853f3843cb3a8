/**
 * System totals of the electrical analysis: longest electrical path, total power and
 * energy per payload bit (Σ W ÷ Σ payload Gb/s over all links), the DSP-pluggable baseline
 * of the same links (power/baseline) and the delta against it, worst margin and latency.
 */
import type { Architecture } from '../model/schema';
import type { ElectricalSummary, LinkResult } from './resultTypes';

/** Summarises link results; `baselineW` is the baseline power of the same links. */
export function summarize(
  architecture: Architecture,
  links: readonly LinkResult[],
  baselineW: number,
): ElectricalSummary {
  let routedCount = 0;
  let failingCount = 0;
  let maxLengthMm: number | null = null;
  let totalPowerW = 0;
  let payloadGbps = 0;
  let worstMarginDb: number | null = null;
  let worstMarginLinkId: string | null = null;
  let maxLatencyNs: number | null = null;
  for (const l of links) {
    totalPowerW += l.powerW;
    payloadGbps += l.power.payloadGbps;
    if (!l.routed) continue;
    routedCount += 1;
    if (!l.passes) failingCount += 1;
    if (l.lengthMm !== null && (maxLengthMm === null || l.lengthMm > maxLengthMm))
      maxLengthMm = l.lengthMm;
    if (l.marginDb !== null && (worstMarginDb === null || l.marginDb < worstMarginDb)) {
      worstMarginDb = l.marginDb;
      worstMarginLinkId = l.id;
    }
    if (l.latencyNs !== null && (maxLatencyNs === null || l.latencyNs > maxLatencyNs))
      maxLatencyNs = l.latencyNs;
  }
  const perBit = (w: number): number => (payloadGbps > 0 ? (w * 1000) / payloadGbps : 0);
  return {
    architecture,
    linkCount: links.length,
    routedCount,
    failingCount,
    maxElectricalLengthMm: maxLengthMm,
    totalPowerW,
    payloadGbps,
    pjPerBit: perBit(totalPowerW),
    baselinePowerW: baselineW,
    baselinePjPerBit: perBit(baselineW),
    deltaVsBaselineW: totalPowerW - baselineW,
    deltaVsBaselinePercent: baselineW > 0 ? ((totalPowerW - baselineW) / baselineW) * 100 : 0,
    worstMarginDb,
    worstMarginLinkId,
    maxLatencyNs,
  };
}
