/**
 * The 0–100 serviceability score: 100 minus four deductions, each a whole number of points
 * between 0 and its weight, so the breakdown sums exactly to 100 − score.
 *
 * Each deduction is weight × a fraction in [0, 1] measured on the design:
 * - power-down-repairs (20): share of expected failures whose repair needs the system
 *   powered down (any access but the front panel).
 * - collateral-replacement (30): share of the hardware value exchanged in repairs that had
 *   not failed (Σ λ·(unit cost − own cost) / Σ λ·unit cost), e.g. an xPU exchanged with its
 *   co-packaged optical engine.
 * - downtime (25): full-outage-equivalent hours per year (Σ λ·MTTR·outage bandwidth / total
 *   bandwidth), on a log scale from 6 nines (0.00876 h/yr, 0 points) to 3 nines (8.76 h/yr,
 *   all points): availability is quoted in nines, a log measure (e.g. Huawei, "Reliability
 *   Indexes": 99.999 % is under 5 min of interruption a year).
 * - repair-spend (25): expected repair spend per year over the design's hardware cost, log
 *   scale from 0.1 %/yr (0 points) to 10 %/yr (all points). Typical, unconfirmed anchors:
 *   our judgement of "negligible" and "re-buys its hardware within a decade".
 * The weights favour what the architectures differ in (DESIGN.md: a CPO optical failure turns
 * into a package swap), and are documented in docs/MODELS.md "Serviceability".
 */
import type { ComponentService, ServiceDeduction } from './serviceTypes';

/** Weights (maximum points) of the four deductions; they sum to 100. */
export const SCORE_WEIGHTS = {
  'power-down-repairs': 20,
  'collateral-replacement': 30,
  downtime: 25,
  'repair-spend': 25,
} as const;

/** Downtime log-scale anchors, full-outage hours per year (6 and 3 nines of 8766 h). */
export const DOWNTIME_ANCHORS_H = { none: 0.008766, all: 8.766 } as const;
/** Repair-spend log-scale anchors, fraction of hardware cost per year. */
export const SPEND_ANCHORS = { none: 0.001, all: 0.1 } as const;

/** Measured totals the deductions are computed from. */
export interface ScoreInputs {
  readonly components: readonly ComponentService[];
  readonly downtimeHoursPerYear: number;
  readonly repairSpendUsdPerYear: number;
  readonly hardwareCostUsd: number;
}

/** Position of x between lo (0) and hi (1) on a log scale, clamped; 0 for x ≤ 0. */
export function logFraction(x: number, lo: number, hi: number): number {
  if (!(x > 0)) return 0;
  return Math.min(1, Math.max(0, Math.log10(x / lo) / Math.log10(hi / lo)));
}

function pct(fraction: number): string {
  if (fraction === 0) return '0 %';
  return `${(fraction * 100).toFixed(fraction < 0.01 ? 2 : 0)} %`;
}

function deduction(
  id: ServiceDeduction['id'],
  fraction: number,
  explanation: string,
): ServiceDeduction {
  const maxPoints = SCORE_WEIGHTS[id];
  return { id, points: Math.round(maxPoints * fraction), maxPoints, explanation };
}

/** The four deductions of the score, in a fixed order. */
export function scoreDeductions(inputs: ScoreInputs): ServiceDeduction[] {
  let lambda = 0;
  let lambdaDown = 0;
  let valueExchanged = 0;
  let collateral = 0;
  for (const c of inputs.components) {
    lambda += c.failuresPerYear;
    if (c.needsPowerDown) lambdaDown += c.failuresPerYear;
    valueExchanged += c.failuresPerYear * c.partsCostUsd;
    collateral += c.failuresPerYear * (c.partsCostUsd - c.ownCostUsd);
  }
  const downShare = lambda > 0 ? lambdaDown / lambda : 0;
  const collateralShare = valueExchanged > 0 ? collateral / valueExchanged : 0;
  const spendShare =
    inputs.hardwareCostUsd > 0 ? inputs.repairSpendUsdPerYear / inputs.hardwareCostUsd : 0;
  const hours = inputs.downtimeHoursPerYear;
  return [
    deduction(
      'power-down-repairs',
      downShare,
      `${pct(downShare)} of expected failures (${lambdaDown.toFixed(3)} of ${lambda.toFixed(3)} ` +
        'per year) need the system powered down to repair',
    ),
    deduction(
      'collateral-replacement',
      collateralShare,
      `${pct(collateralShare)} of the hardware value exchanged in repairs had not failed ` +
        '(parts replaced only because they share a package with the failed one)',
    ),
    deduction(
      'downtime',
      logFraction(hours, DOWNTIME_ANCHORS_H.none, DOWNTIME_ANCHORS_H.all),
      `repairs take all bandwidth out for ${hours.toFixed(3)} h per year equivalent ` +
        `(availability ${(100 * (1 - hours / 8766)).toFixed(4)} %)`,
    ),
    deduction(
      'repair-spend',
      logFraction(spendShare, SPEND_ANCHORS.none, SPEND_ANCHORS.all),
      `expected repairs cost ${Math.round(inputs.repairSpendUsdPerYear)} USD per year, ` +
        `${pct(spendShare)} of the ${Math.round(inputs.hardwareCostUsd)} USD of hardware`,
    ),
  ];
}
