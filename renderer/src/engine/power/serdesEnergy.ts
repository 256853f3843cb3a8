/**
 * Host SerDes energy per bit as a function of the channel loss it equalises.
 *
 * Model (docs/MODELS.md "Power that follows the design"): per rate class r and reach class c,
 * E(IL) = a + b · IL with a = s · E_c and b = (1 − s) · E_c / B_c, where E_c is the tabulated
 * energy of the class (HOST_SERDES_PJ_PER_BIT), B_c its loss budget at Nyquist
 * (REACH_BUDGET_DB) and s the channel-independent share (SERDES_FIXED_SHARE, ≈ 0.737). A link
 * that uses its whole budget costs the tabulated figure; a shorter, lower-loss path costs
 * less, down to s · E_c at 0 dB. Beyond the budget the line is extended (the link fails its
 * budget anyway, the channel engine says so).
 */
import { REACH_BUDGET_DB, type ReachClass } from '../../model/data/channelBudget';
import { HOST_SERDES_PJ_PER_BIT, SERDES_FIXED_SHARE } from '../../model/data/power';
import { rateClassOf } from '../../model/data/sourced';

/** Coefficients of E(IL) = a + b · IL, pJ/bit and pJ/bit per dB. */
export interface SerdesLine {
  readonly aPjPerBit: number;
  readonly bPjPerBitPerDb: number;
}

/** The energy line of a rate and reach class (undefined when the lane rate has no class). */
export function serdesEnergyLine(
  laneRateGbps: number,
  reachClass: ReachClass,
): SerdesLine | undefined {
  const rateClass = rateClassOf(laneRateGbps);
  if (!rateClass) return undefined;
  const energy = HOST_SERDES_PJ_PER_BIT[rateClass][reachClass].pjPerBit;
  const budget = REACH_BUDGET_DB[rateClass][reachClass].budgetDb;
  const s = SERDES_FIXED_SHARE.value;
  return { aPjPerBit: s * energy, bPjPerBitPerDb: ((1 - s) * energy) / budget };
}

/**
 * Host SerDes energy of one end, pJ/bit, at the link's loss at Nyquist (dB). Without a
 * loss (unrouted link) the tabulated class figure holds; without a rate class, 0.
 */
export function serdesPjPerBitAtLoss(
  laneRateGbps: number,
  reachClass: ReachClass,
  lossDb: number | null,
): number {
  const line = serdesEnergyLine(laneRateGbps, reachClass);
  if (!line) return 0;
  if (lossDb === null) {
    const rateClass = rateClassOf(laneRateGbps)!;
    return HOST_SERDES_PJ_PER_BIT[rateClass][reachClass].pjPerBit;
  }
  return line.aPjPerBit + line.bPjPerBitPerDb * Math.max(0, lossDb);
}
