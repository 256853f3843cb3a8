/**
 * Format 1 → 2, "AddLaneRate".
 * v1 links carried `rateGbps`, the rate of the whole link, and no modulation.
 * v2 links carry `laneRateGbps` = rateGbps / lanes and `modulation`: "PAM4" when the lane
 * rate is ≥ 50 Gb/s, else "NRZ" (lanes of 50G and above are PAM4 in IEEE 802.3cd/bs/ck;
 * 25G and below are NRZ, IEEE 802.3by). v2 documents also gained `scenarios` (empty here).
 */
import { normalizeNumber } from '../numbers';
import { isJsonObject, type JsonObject, type MigrationStep } from './migration';

/** Lane rate at and above which a v1 link is taken to be PAM4, Gb/s. */
export const PAM4_FROM_LANE_GBPS = 50;

function upgradeLink(link: unknown): unknown {
  if (!isJsonObject(link)) return link;
  const { rateGbps, ...rest } = link;
  const lanes = rest.lanes;
  if (typeof rateGbps !== 'number' || typeof lanes !== 'number' || !(lanes > 0)) return link;
  const laneRateGbps = normalizeNumber(rateGbps / lanes);
  const modulation = rest.modulation ?? (laneRateGbps >= PAM4_FROM_LANE_GBPS ? 'PAM4' : 'NRZ');
  return { ...rest, laneRateGbps, modulation };
}

export const addLaneRate: MigrationStep = {
  name: 'AddLaneRate',
  fromVersion: 1,
  up(doc: JsonObject): JsonObject {
    const links = Array.isArray(doc.links) ? doc.links.map(upgradeLink) : doc.links;
    const scenarios = doc.scenarios ?? [];
    return { ...doc, links, scenarios, formatVersion: 2 };
  },
};
