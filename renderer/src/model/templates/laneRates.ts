/**
 * SerDes lane rates the template generator lays out (PAM4): 106.25 Gb/s (112G class, carries
 * 100G Ethernet per lane) and 212.5 Gb/s (224G class, carries 200G). Sources: ieee-802.3ck,
 * ieee-802.3dj (docs/DATA-SOURCES.md).
 */

export const LANE_RATES_GBPS = [106.25, 212.5] as const;
export type LaneRateGbps = (typeof LANE_RATES_GBPS)[number];

/** Payload per lane, Gb/s. */
export function payloadGbps(laneRateGbps: LaneRateGbps): number {
  return laneRateGbps === 106.25 ? 100 : 200;
}

/** The rate class label the descriptions and the channel budgets use. */
export function rateClassLabel(laneRateGbps: LaneRateGbps): '112G' | '224G' {
  return laneRateGbps === 106.25 ? '112G' : '224G';
}
