/**
 * The SerDes reach class a route needs: the lowest class, in the order XSR < XSR+ < VSR < MR
 * < LR (OIF CEI reach classes, each allowing more loss and costing more SerDes energy), whose
 * bump-to-bump budget at the lane's rate class (model/data/channelBudget) covers the route's
 * insertion loss at Nyquist with `marginDb` to spare. The default margin, 3 dB, is the one the
 * studio colours a passing trace green at (README, "Using the studio").
 */
import { REACH_BUDGET_DB, type ReachClass } from '../../model/data/channelBudget';
import { rateClassOf } from '../../model/data/sourced';

/** Reach classes from the shortest (least loss allowed) to the longest. */
export const REACH_ORDER: readonly ReachClass[] = ['XSR', 'XSR+', 'VSR', 'MR', 'LR'];

/** Margin the suggestion keeps under the budget by default, dB. */
export const SUGGESTION_MARGIN_DB = 3;

/** A suggested class with its budget and the margin the route leaves in it. */
export interface ReachSuggestion {
  readonly reach: ReachClass;
  readonly budgetDb: number;
  readonly marginDb: number;
}

/**
 * The lowest reach class whose budget holds `lossDb` (IL at Nyquist) with `marginDb` to spare,
 * or null when the lane rate has no budgets or even LR does not hold it.
 */
export function suggestReach(
  lossDb: number,
  laneRateGbps: number,
  marginDb: number = SUGGESTION_MARGIN_DB,
): ReachSuggestion | null {
  const rateClass = rateClassOf(laneRateGbps);
  if (!rateClass || !Number.isFinite(lossDb)) return null;
  for (const reach of REACH_ORDER) {
    const budgetDb = REACH_BUDGET_DB[rateClass][reach].budgetDb;
    if (budgetDb - lossDb >= marginDb) return { reach, budgetDb, marginDb: budgetDb - lossDb };
  }
  return null;
}
