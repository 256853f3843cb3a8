/**
 * Insertion-loss budgets, bump to bump at the Nyquist frequency (dB), by SerDes reach class
 * and rate class, plus the host channel budget of a linear (LPO) module. The channel engine
 * compares a link's summed loss against these. Sources: docs/DATA-SOURCES.md.
 */
import type { RateClass, Sourced } from './sourced';

/**
 * SerDes reach class (OIF CEI naming): XSR die to nearby optics or die in the same package,
 * XSR+ (extended XSR) die to an optical engine beyond the package (NPO, through BGA, board
 * and socket), VSR chip to module, MR chip to chip over one connector, LR chip to chip over a
 * backplane or cable.
 */
export type ReachClass = 'XSR' | 'XSR+' | 'VSR' | 'MR' | 'LR';

/** A loss budget, dB at Nyquist, with its source. */
export interface BudgetEntry extends Sourced {
  readonly budgetDb: number;
}

type BudgetTable = Readonly<Record<RateClass, Readonly<Record<ReachClass, BudgetEntry>>>>;

/** Bump-to-bump loss budgets by rate class and reach class, dB at Nyquist. */
export const REACH_BUDGET_DB: BudgetTable = {
  '112G': {
    XSR: {
      budgetDb: 10,
      sourceId: 'oif-cei-112g-xsr',
      assumption:
        'CEI-112G-XSR (die to optics in the package, 0–50 mm): the larger of its 8 and 10 dB loss categories',
    },
    'XSR+': {
      budgetDb: 13,
      sourceId: 'oif-cei-112g-xsr-plus',
      assumption: 'CEI-112G-XSR+ (die to optical engine, MCM/CPO/NPO): up to 13 dB bump to bump',
    },
    VSR: {
      budgetDb: 16,
      sourceId: 'alibaba-lpo-deployment-2026',
      assumption:
        'CEI-112G-VSR host channel limit ≈ 16 dB (the limit the LPO deployment report quotes; DATA.md: mid-teens)',
    },
    MR: {
      budgetDb: 20,
      sourceId: 'lightpath-data-md',
      assumption: 'CEI-112G-MR chip to chip, one connector: ~20 dB',
    },
    LR: {
      budgetDb: 28,
      sourceId: 'lightpath-data-md',
      assumption: 'CEI-112G-LR / 802.3ck KR class backplane: ~28 dB',
    },
  },
  '224G': {
    XSR: {
      budgetDb: 10,
      sourceId: 'lightpath-estimate',
      assumption:
        'kept at the 112G XSR figure: in-package host paths designed to the same dB target',
    },
    'XSR+': {
      budgetDb: 13,
      sourceId: 'lightpath-estimate',
      assumption: 'kept at the 112G XSR+ figure (OIF CEI-224G XSR+ work not published)',
    },
    VSR: {
      budgetDb: 18,
      sourceId: 'lightpath-estimate',
      assumption:
        'chip to module at 224G: a little above 112G VSR, as the host SerDes equalises more',
    },
    MR: {
      budgetDb: 24,
      sourceId: 'lightpath-estimate',
      assumption: 'between VSR and LR in the same proportion as at 112G',
    },
    LR: {
      budgetDb: 40,
      sourceId: 'designcon-2024-224g-channels',
      assumption: 'trending 802.3dj KR/CR die-to-die limit of 40 dB',
    },
  },
};

/**
 * Host channel budget when the module is linear (LPO), dB at Nyquist. DATA.md expected it
 * tighter than the DSP module's VSR budget; the LPO MSA allows the same 16 dB at 112G (see
 * docs/DATA-SOURCES.md). With no retiming in the module, an LPO link's margin is shared end to
 * end, which a bump-to-bump loss budget does not capture.
 */
export const LPO_HOST_BUDGET_DB: Readonly<Record<RateClass, BudgetEntry>> = {
  '112G': {
    budgetDb: 16,
    sourceId: 'lpo-msa-100g-dr-lpo',
    assumption:
      '100G-DR-LPO host electrical channel, 0–16 dB (extended from 13 dB): equal to the VSR budget, not tighter',
  },
  '224G': {
    budgetDb: 18,
    sourceId: 'lightpath-estimate',
    assumption:
      '200G/lane LPO not yet specified (OIF CEI-224G-Linear in work); taken equal to the 224G VSR estimate, as at 112G',
  },
};

/** Loss budget of a reach class at a rate class, dB. */
export function reachBudgetDb(rateClass: RateClass, reach: ReachClass): number {
  return REACH_BUDGET_DB[rateClass][reach].budgetDb;
}

/**
 * Budget that applies to a link's host channel, dB: the LPO host budget when the far end
 * is a linear module, else the reach-class budget.
 */
export function linkBudgetDb(
  rateClass: RateClass,
  reach: ReachClass,
  isLinearModule: boolean,
): number {
  return isLinearModule ? LPO_HOST_BUDGET_DB[rateClass].budgetDb : reachBudgetDb(rateClass, reach);
}
